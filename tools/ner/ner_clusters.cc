// Distributional word clusters for the NER lexicon, by the exchange algorithm over class-based
// context prediction (Uszkoreit & Brants 2008, "predictive exchange", with left and right
// neighbours as contexts): words that share neighbours ("Präsident X", "in X") share a cluster,
// so the tagger generalises from a name it saw to names it did not.
//   ner_clusters --corpus CORPUS.txt --clusters C [--min-count N] [--iterations I]
//                -o CLUSTERS.tsv [--case CASE.tsv]
// CORPUS: one sentence a line, tokens separated by spaces (tools/ner/make_corpus.py). Words are
// Lower()ed; words rarer than --min-count are not clustered (they still count as contexts, as
// one "rare word" context). --case also writes, per word, how often it was spelt lower-case and
// capitalised where not sentence-initial. Deterministic and single-threaded: the initial
// assignment and the visiting order follow word frequency (ties: byte order), integer counts.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/entities/fold.h"
#include "tool_util.h"

namespace {

double XLogX(double x) { return x > 0 ? x * std::log(x) : 0.0; }

struct Corpus {
  std::vector<std::string> words;            // id -> word, by falling frequency
  std::vector<int64_t> count;                // id -> occurrences
  std::vector<std::vector<uint32_t>> sents;  // word ids; rare words = rare_id
  uint32_t rare_id = 0, boundary_id = 0;     // context-only ids
};

bool ReadCorpus(const std::string& path, int min_count, Corpus& c,
                std::map<std::string, std::pair<int64_t, int64_t>>& case_counts) {
  std::ifstream in(path);
  if (!in) return false;
  std::unordered_map<std::string, int64_t> freq;
  std::vector<std::vector<std::string>> raw;
  std::string line, tok;
  while (std::getline(in, line)) {
    std::vector<std::string> s;
    std::istringstream ss(line);
    bool first = true;
    while (ss >> tok) {
      std::string low = tri::ner::Lower(tok);
      if (!first && tri::ner::HasLetter(tok)) {
        auto& cc = case_counts[low];
        (tri::ner::StartsUpper(tok) ? cc.second : cc.first) += 1;
      }
      first = false;
      ++freq[low];
      s.push_back(std::move(low));
    }
    raw.push_back(std::move(s));
  }
  std::vector<std::pair<std::string, int64_t>> vocab;
  for (auto& [w, n] : freq) {
    if (n >= min_count) vocab.emplace_back(w, n);
  }
  std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::unordered_map<std::string, uint32_t> id;
  for (auto& [w, n] : vocab) {
    id.emplace(w, static_cast<uint32_t>(c.words.size()));
    c.words.push_back(w);
    c.count.push_back(n);
  }
  c.rare_id = static_cast<uint32_t>(c.words.size());
  c.boundary_id = c.rare_id + 1;
  for (const auto& s : raw) {
    std::vector<uint32_t> ids;
    for (const auto& w : s) {
      auto it = id.find(w);
      ids.push_back(it == id.end() ? c.rare_id : it->second);
    }
    c.sents.push_back(std::move(ids));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus_path, out_path, case_path;
  int clusters = 256, min_count = 3, iterations = 12;
  using tri::ner_tools::Store;
  std::string unknown;
  if (!tri::ner_tools::ParseFlags(argc, argv,
                                  {{"--corpus", Store(corpus_path)},
                                   {"-o", Store(out_path)},
                                   {"--case", Store(case_path)},
                                   {"--clusters", Store(clusters)},
                                   {"--min-count", Store(min_count)},
                                   {"--iterations", Store(iterations)}},
                                  unknown)) {
    std::cerr << "ner_clusters: unknown option " << unknown << "\n";
    return 2;
  }
  Corpus c;
  std::map<std::string, std::pair<int64_t, int64_t>> case_counts;
  if (corpus_path.empty() || out_path.empty() ||
      !ReadCorpus(corpus_path, min_count, c, case_counts)) {
    std::cerr << "usage: ner_clusters --corpus CORPUS.txt --clusters C -o OUT.tsv\n";
    return 2;
  }
  const size_t V = c.words.size(), C = static_cast<size_t>(clusters);
  const size_t num_ctx = 2 * (V + 2);  // left contexts [0, V+2), right contexts [V+2, 2V+4)
  // Per word: (context, count) pairs, sorted by context.
  std::vector<std::vector<std::pair<uint32_t, int32_t>>> ctx(V);
  {
    std::vector<std::map<uint32_t, int32_t>> tmp(V);
    for (const auto& s : c.sents) {
      for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] >= V) continue;
        const uint32_t left = i == 0 ? c.boundary_id : s[i - 1];
        const uint32_t right = i + 1 == s.size() ? c.boundary_id : s[i + 1];
        ++tmp[s[i]][left];
        ++tmp[s[i]][static_cast<uint32_t>(V + 2 + right)];
      }
    }
    for (size_t w = 0; w < V; ++w) ctx[w].assign(tmp[w].begin(), tmp[w].end());
  }
  std::vector<uint32_t> cluster(V);
  for (size_t w = 0; w < V; ++w) cluster[w] = static_cast<uint32_t>(w % C);
  std::vector<int64_t> n_ctx_cl(num_ctx * C, 0), n_cl(C, 0);
  for (size_t w = 0; w < V; ++w) {
    n_cl[cluster[w]] += 2 * c.count[w];
    for (const auto& [k, n] : ctx[w]) n_ctx_cl[k * C + cluster[w]] += n;
  }
  // x log x for every count that can occur (at most twice the corpus size): a table lookup in
  // the inner loop instead of a logarithm.
  int64_t total = 0;
  for (size_t w = 0; w < V; ++w) total += 2 * c.count[w];
  std::vector<double> xlogx(static_cast<size_t>(total) + 1);
  for (size_t x = 0; x < xlogx.size(); ++x) xlogx[x] = XLogX(static_cast<double>(x));
  std::vector<double> gain(C);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    for (size_t w = 0; w < V; ++w) {
      const uint32_t old = cluster[w];
      const int64_t nw = 2 * c.count[w];
      n_cl[old] -= nw;
      for (const auto& [k, n] : ctx[w]) n_ctx_cl[k * C + old] -= n;
      for (size_t cl = 0; cl < C; ++cl) gain[cl] = xlogx[n_cl[cl]] - xlogx[n_cl[cl] + nw];
      for (const auto& [k, n] : ctx[w]) {
        const int64_t* row = &n_ctx_cl[k * C];
        for (size_t cl = 0; cl < C; ++cl) gain[cl] += xlogx[row[cl] + n] - xlogx[row[cl]];
      }
      uint32_t best = old;
      for (size_t cl = 0; cl < C; ++cl) {
        if (gain[cl] > gain[best] + 1e-9) best = static_cast<uint32_t>(cl);
      }
      moved += best != old;
      cluster[w] = best;
      n_cl[best] += nw;
      for (const auto& [k, n] : ctx[w]) n_ctx_cl[k * C + best] += n;
    }
    std::cerr << "ner_clusters: iteration " << it + 1 << ", " << moved << " of " << V
              << " words moved\n";
    if (moved == 0) break;
  }
  std::ofstream out(out_path);
  for (size_t w = 0; w < V; ++w) out << c.words[w] << "\t" << cluster[w] << "\n";
  if (!case_path.empty()) {
    std::ofstream cs(case_path);
    for (const auto& [w, lc] : case_counts)
      cs << w << "\t" << lc.first << "\t" << lc.second << "\n";
  }
  std::cerr << "ner_clusters: " << V << " words in " << C << " clusters -> " << out_path << "\n";
  return out ? 0 : 1;
}
