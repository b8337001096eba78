// stories_bench --diagnose: how separable the generated stories are. Quantiles of the word and
// neutral (entity/number/date) cosines for pairs of the same story and for pairs of different
// stories published within two days of each other, per language combination.
#include <algorithm>
#include <cstdio>
#include <random>
#include <tuple>
#include <unordered_map>

#include "story/features.h"
#include "story_corpus.h"

namespace tri::bench {

void Diagnose(size_t n) {
  StoryCorpusOptions o;
  o.articles = n;
  const StoryCorpus c = GenerateStoryCorpus(o);
  story::FeatureExtractor fx;
  std::unordered_map<uint64_t, std::string> names;
  fx.set_term_names(&names);
  story::DocumentFrequencies df;
  for (const Document& d : c.docs) df.Add(fx.Extract(d));
  std::vector<story::DocVector> v;
  for (const Document& d : c.docs)
    v.push_back(fx.Weigh(fx.Extract(d, &df), story::LanguageCode(d.language), df));
  // kind: 0 same story same language, 1 same story cross-language, 2 different same language,
  // 3 different cross-language
  std::vector<double> words[4], neutral[4];
  std::vector<std::tuple<double, size_t, size_t>> worst;  // different stories, most similar
  std::mt19937_64 rng(1);
  for (size_t i = 0; i < c.docs.size(); ++i) {
    for (size_t j = i + 1; j < std::min(c.docs.size(), i + 600); ++j) {
      const bool same = c.story[i] == c.story[j];
      if (!same && rng() % 20 != 0) continue;
      const bool cross = c.docs[i].language != c.docs[j].language;
      const auto s = story::Compare(v[i], v[j]);
      const int k = (same ? 0 : 2) + (cross ? 1 : 0);
      words[k].push_back(s.words);
      if (!same && !cross) worst.push_back({s.words + s.neutral, i, j});
      neutral[k].push_back(s.neutral);
    }
  }
  std::sort(worst.rbegin(), worst.rend());
  for (size_t w = 0; w < 5 && w < worst.size(); ++w) {
    const auto [score, i, j] = worst[w];
    std::printf("different stories %u/%u, words+neutral %.3f, shared:", c.story[i], c.story[j],
                score);
    for (const story::Term& a : v[i].terms)
      for (const story::Term& b : v[j].terms)
        if (a.key == b.key && a.weight * b.weight > 0.004)
          std::printf(" %s(%.3f)", names[a.key].c_str(), a.weight * b.weight);
    std::printf("\n");
  }
  const char* kind_names[4] = {"same story, same language", "same story, cross-language",
                               "other story, same language", "other story, cross-language"};
  for (int k = 0; k < 4; ++k) {
    for (auto* vec : {&words[k], &neutral[k]}) {
      std::sort(vec->begin(), vec->end());
      auto q = [&](double p) { return vec->empty() ? 0.0 : (*vec)[size_t(p * (vec->size() - 1))]; };
      std::printf("%-28s %-8s n=%6zu  p05 %.3f p25 %.3f p50 %.3f p75 %.3f p95 %.3f p99 %.3f\n",
                  kind_names[k], vec == &words[k] ? "words" : "neutral", vec->size(), q(0.05),
                  q(0.25), q(0.5), q(0.75), q(0.95), q(0.99));
    }
  }
}

}  // namespace tri::bench

#include <map>
#include <unordered_map>

#include "story/story.h"

namespace tri::bench {

void DiagnoseMerges(size_t n, const StoryOptions& options) {
  StoryCorpusOptions o;
  o.articles = n;
  const StoryCorpus c = GenerateStoryCorpus(o);
  const auto stories = ClusterStories(c.docs, options);
  std::unordered_map<std::string, size_t> idx;
  for (size_t i = 0; i < c.docs.size(); ++i) idx[c.docs[i].id] = i;
  std::vector<std::pair<size_t, size_t>> sizes;
  for (size_t s = 0; s < stories.size(); ++s) sizes.push_back({stories[s].documents.size(), s});
  std::sort(sizes.rbegin(), sizes.rend());
  for (size_t k = 0; k < 5 && k < sizes.size(); ++k) {
    const Story& s = stories[sizes[k].second];
    std::map<uint32_t, int> gold;
    for (const auto& id : s.documents) ++gold[c.story[idx[id]]];
    std::printf("predicted story of %zu docs: %zu gold stories:", s.documents.size(), gold.size());
    for (const auto& [g, m] : gold) std::printf(" %u:%d", g, m);
    std::printf("\n");
    int shown = 0;
    for (const auto& id : s.documents) {
      const Document& d = c.docs[idx[id]];
      if (shown++ < 12)
        std::printf("   gold %u %s %s %s\n", c.story[idx[id]], d.language.c_str(),
                    d.meta.published->ToIso().c_str(), d.text.substr(0, 90).c_str());
    }
  }
}

}  // namespace tri::bench
