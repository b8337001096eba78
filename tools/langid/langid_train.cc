// langid_train: builds the language profile of IdentifyLanguage (data/langid/profile.tsv) from
// German and English training text: character n-gram counts per language, pruned to grams
// seen at least --min-count times, with the per-order totals the runtime smooths with.
// Inputs (see data/langid/SOURCES for the exact command and the licences):
//   --germeval FILE   GermEval 2014 TSV (German; tokens joined per sentence)
//   --wordnet DIR     WordNet 3.0 database directory (English; the glosses of data.*)
//   --text LANG FILE  plain UTF-8 text in LANG (de|en), one paragraph per line
//   --max-bytes N     cap per language (default: the smaller language's size; keeps the two
//                     estimates comparably sparse)
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "text/langid_features.h"

namespace {

using Corpus = std::vector<std::string>;  // lines of text

bool ReadLines(const std::string& path, const std::function<void(const std::string&)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) fn(line);
  return true;
}

bool ReadGermEval(const std::string& path, Corpus& out) {
  std::string sentence;
  const bool ok = ReadLines(path, [&](const std::string& line) {
    if (line.empty()) {
      if (!sentence.empty()) out.push_back(sentence);
      sentence.clear();
      return;
    }
    if (line[0] == '#') return;
    std::istringstream fields(line);
    std::string index, token;
    if (std::getline(fields, index, '\t') && std::getline(fields, token, '\t')) {
      if (!sentence.empty()) sentence += ' ';
      sentence += token;
    }
  });
  if (!sentence.empty()) out.push_back(sentence);
  return ok;
}

bool ReadWordNet(const std::string& dir, Corpus& out) {
  for (const char* part : {"data.adj", "data.adv", "data.noun", "data.verb"}) {
    const bool ok = ReadLines(dir + "/" + part, [&](const std::string& line) {
      if (line.empty() || line[0] == ' ') return;  // licence header lines start with spaces
      const size_t bar = line.find(" | ");
      if (bar != std::string::npos) out.push_back(line.substr(bar + 3));
    });
    if (!ok) return false;
  }
  return true;
}

// Every k-th line so that the corpus stays under max_bytes (deterministic subsample).
Corpus Cap(const Corpus& in, size_t max_bytes) {
  size_t total = 0;
  for (const auto& s : in) total += s.size() + 1;
  if (total <= max_bytes) return in;
  const size_t step = (total + max_bytes - 1) / max_bytes;
  Corpus out;
  size_t used = 0;
  for (size_t i = 0; i < in.size() && used < max_bytes; i += step) {
    out.push_back(in[i]);
    used += in[i].size() + 1;
  }
  return out;
}

size_t Bytes(const Corpus& c) {
  size_t n = 0;
  for (const auto& s : c) n += s.size() + 1;
  return n;
}

std::string ToUtf8(std::u32string_view g) {
  std::string s;
  for (char32_t c : g) tri::AppendUtf8(s, c);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::array<Corpus, 2> corpus;  // 0 = de, 1 = en: the big sources, subsampled to --max-bytes
  std::array<Corpus, 2> extra;   // --text files, always used in full
  std::string out_path;
  size_t max_bytes = 0, min_count = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto need = [&](int n) {
      if (i + n >= argc) {
        std::cerr << "langid_train: " << a << " needs " << n << " argument(s)\n";
        std::exit(2);
      }
    };
    bool ok = true;
    if (a == "--germeval")
      need(1), ok = ReadGermEval(argv[++i], corpus[0]);
    else if (a == "--wordnet")
      need(1), ok = ReadWordNet(argv[++i], corpus[1]);
    else if (a == "--text") {
      need(2);
      const std::string lang = argv[++i];
      Corpus& c = extra[lang == "de" ? 0 : 1];
      ok = ReadLines(argv[++i], [&](const std::string& l) {
        if (!l.empty() && l[0] != '#') c.push_back(l);
      });
    } else if (a == "--max-bytes")
      need(1), max_bytes = std::stoul(argv[++i]);
    else if (a == "--min-count")
      need(1), min_count = std::stoul(argv[++i]);
    else if (a == "--out")
      need(1), out_path = argv[++i];
    else {
      std::cerr << "usage: langid_train --germeval FILE --wordnet DIR [--text de|en FILE]... "
                   "[--max-bytes N] [--min-count N] --out PROFILE\n";
      return 2;
    }
    if (!ok) {
      std::cerr << "langid_train: cannot read input of " << a << "\n";
      return 1;
    }
  }
  if (out_path.empty() || corpus[0].empty() || corpus[1].empty()) {
    std::cerr << "langid_train: need German and English text and --out\n";
    return 2;
  }
  if (max_bytes == 0) {
    max_bytes = std::min(Bytes(corpus[0]) + Bytes(extra[0]), Bytes(corpus[1]) + Bytes(extra[1]));
  }
  std::map<std::u32string, std::array<uint64_t, 2>> counts;
  std::array<std::array<uint64_t, 2>, tri::text::kMaxGramOrder + 1> totals{};
  std::array<size_t, 2> used{};
  for (int l = 0; l < 2; ++l) {
    Corpus c = extra[l];
    const size_t room = max_bytes > Bytes(c) ? max_bytes - Bytes(c) : 0;
    for (std::string& line : Cap(corpus[l], room)) c.push_back(std::move(line));
    used[l] = Bytes(c);
    for (const std::string& line : c) {
      tri::text::ScriptStats stats;
      tri::text::ForEachFeature(
          line, line.size(), stats, [](std::u32string_view) {},
          [&](std::u32string_view g, int order) {
            ++counts[std::u32string(g)][l];
            ++totals[order][l];
          });
    }
  }
  std::ofstream out(out_path, std::ios::binary);
  out << "# triangulate language profile: character n-gram counts (orders 1-"
      << tri::text::kMaxGramOrder << ") for de and en.\n"
      << "# Generated by tools/langid/langid_train; see SOURCES. Training bytes: de " << used[0]
      << ", en " << used[1] << "; grams seen fewer than " << min_count << " times dropped.\n"
      << "# GRAM<TAB>COUNT_DE<TAB>COUNT_EN ('_' marks a word boundary); !total ORDER DE EN.\n";
  for (int o = 1; o <= tri::text::kMaxGramOrder; ++o) {
    out << "!total\t" << o << '\t' << totals[o][0] << '\t' << totals[o][1] << '\n';
  }
  size_t kept = 0;
  for (const auto& [gram, c] : counts) {
    if (c[0] + c[1] < min_count) continue;
    out << ToUtf8(gram) << '\t' << c[0] << '\t' << c[1] << '\n';
    ++kept;
  }
  std::cerr << "langid_train: de " << used[0] << " bytes, en " << used[1] << " bytes, " << kept
            << " grams kept of " << counts.size() << "\n";
  return out ? 0 : 1;
}
