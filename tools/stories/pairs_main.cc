// tri_stories_pairs: why two articles of a labelled set were (not) put into one story. Runs the
// pipeline's per-document stages on SET_DIR/articles, builds the story features as
// ClusterStories does, and prints for every pair of articles the cosine of their words and of
// their entities/numbers/dates, marking pairs of the same gold story; then the weakest
// same-story and the strongest different-story pairs.
//
//   tri_stories_pairs SET_DIR [--all]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "eval_lib.h"
#include "pipeline/pipeline.h"
#include "story/clusterer.h"
#include "story/features.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: tri_stories_pairs SET_DIR [--all]\n");
    return 2;
  }
  const std::string dir = argv[1];
  bool all = false, quiet = false;
  std::string pair_a, pair_b;  // --pair A B: the terms two articles share
  tri::StoryOptions options;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--all")
      all = true;
    else if (a == "--quiet")
      quiet = true;  // only the margin summary
    else if (a == "--pair" && i + 2 < argc)
      pair_a = argv[++i], pair_b = argv[++i];
    else if (a.find('=') != std::string::npos) {
      const std::string k = a.substr(0, a.find('='));
      const double v = std::atof(a.c_str() + a.find('=') + 1);
      if (k == "entity_weight")
        options.features.entity_weight = static_cast<float>(v);
      else if (k == "place_weight")
        options.features.place_weight = static_cast<float>(v);
      else if (k == "title_weight")
        options.features.title_weight = static_cast<float>(v);
      else if (k == "number_weight")
        options.features.number_weight = static_cast<float>(v);
      else if (k == "date_weight")
        options.features.date_weight = static_cast<float>(v);
      else if (k == "prior_documents")
        options.features.prior_documents = v;
      else if (k == "names_as_words")
        options.features.names_as_words = v > 0;
      else if (k == "time_decay")
        options.time_decay = v;
      else if (k == "member_weight")
        options.member_weight = v;
      else if (k == "shared_terms")
        options.shared_terms = v > 0;
      else if (k == "min_similarity")
        options.min_similarity = v;
    }
  }
  std::ifstream in(dir + "/gold.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto gold = tri::eval::ParseGold(ss.str());
  auto pipeline = tri::Pipeline::Create(tri::PipelineOptions{});
  if (!gold.ok() || !pipeline.ok()) return 2;
  tri::RunResult run = (*pipeline)->Run({dir + "/articles"});
  const std::vector<tri::Document>& docs = run.analysis.documents;
  std::unordered_map<std::string, size_t> story_of;
  for (size_t i = 0; i < gold->stories.size(); ++i)
    for (const std::string& f : gold->stories[i]) story_of[f] = i;

  tri::story::FeatureExtractor fx(options.features);
  std::unordered_map<uint64_t, std::string> term_names;
  fx.set_term_names(&term_names);
  tri::story::DocumentFrequencies df;
  for (const tri::Document& d : docs) df.Add(fx.Extract(d));
  std::vector<tri::story::DocVector> vecs;
  std::vector<std::string> names;
  for (const tri::Document& d : docs) {
    vecs.push_back(fx.Weigh(fx.Extract(d, &df), tri::story::LanguageCode(d.language), df));
    names.push_back(d.source.substr(d.source.find_last_of('/') + 1));
  }
  struct Row {
    double w, n;
    bool same;
    std::string a, b;
  };
  std::vector<Row> rows;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (size_t j = i + 1; j < docs.size(); ++j) {
      const auto s = tri::story::Compare(vecs[i], vecs[j]);
      const bool same = story_of.count(names[i]) && story_of.count(names[j]) &&
                        story_of[names[i]] == story_of[names[j]];
      rows.push_back({s.words, s.neutral, same, names[i], names[j]});
    }
  }
  if (!pair_a.empty()) {
    const auto ia = std::find(names.begin(), names.end(), pair_a) - names.begin();
    const auto ib = std::find(names.begin(), names.end(), pair_b) - names.begin();
    if (size_t(ia) == names.size() || size_t(ib) == names.size()) return 2;
    for (size_t k : {size_t(ia), size_t(ib)}) {
      std::printf("%s:", names[k].c_str());
      for (const auto& t : vecs[k].terms)
        std::printf(" %s(%.3f)", term_names[t.key].c_str(), t.weight);
      std::printf("\n");
    }
    std::printf("shared:");
    for (const auto& a : vecs[ia].terms)
      for (const auto& b : vecs[ib].terms)
        if (a.key == b.key)
          std::printf(" %s(%.4f)", term_names[a.key].c_str(), a.weight * b.weight);
    std::printf("\n");
    return 0;
  }
  // The streaming decisions: every candidate story scored for each article (>= 1 joins).
  tri::story::StoryClusterer clusterer{options};
  std::vector<uint32_t> story_first;  // story index -> its first document
  double min_right = 1e9, max_wrong = 0;
  std::unordered_map<uint32_t, double> best_right;
  clusterer.set_observer([&](uint32_t doc, uint32_t story, double score) {
    const std::string& first = names[story_first[story]];
    const bool right = story_of.count(first) && story_of.count(names[doc]) &&
                       story_of[first] == story_of[names[doc]];
    if (right)
      best_right[doc] = std::max(best_right[doc], score);
    else
      max_wrong = std::max(max_wrong, score);
    if (!quiet)
      std::printf("  %s score %.3f  %s -> story of %s\n", right ? "RIGHT" : "wrong", score,
                  names[doc].c_str(), first.c_str());
  });
  for (size_t i = 0; i < docs.size(); ++i) {
    const auto minutes = tri::story::PublishedMinutes(docs[i]);
    const uint32_t s = clusterer.Add(
        vecs[i], minutes, minutes ? std::nullopt : tri::story::UndatedHintMinutes(docs[i]));
    if (s >= story_first.size()) story_first.push_back(static_cast<uint32_t>(i));
  }

  for (const auto& [doc, score] : best_right) min_right = std::min(min_right, score);
  std::printf("weakest right join %.3f, strongest wrong candidate %.3f, ratio %.3f\n", min_right,
              max_wrong, min_right / std::max(max_wrong, 1e-9));
  if (quiet) return 0;
  std::sort(rows.begin(), rows.end(),
            [](const Row& x, const Row& y) { return x.w + x.n > y.w + y.n; });
  for (const Row& r : rows) {
    if (all || r.same || r.w + r.n > 0.25)
      std::printf("%s words %.3f neutral %.3f  %s ~ %s\n", r.same ? "SAME" : "diff", r.w, r.n,
                  r.a.c_str(), r.b.c_str());
  }
  return 0;
}
