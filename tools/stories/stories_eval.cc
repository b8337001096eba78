// tri_stories_eval: scores the story stage (and the claim comparison) on a labelled set.
//
//   tri_stories_eval [--analysis FILE.json] [--verbose] [--min-b3 X] [--min-syndication X]
//                    [--min-relations X] [--set STORY_OPTION=VALUE]... SET_DIR
//
// SET_DIR holds gold.json and articles/ (tests/stories is one). Without --analysis the
// pipeline (default options) analyses SET_DIR/articles; with it, FILE.json is the output of
// `triangulate analyze SET_DIR/articles --format json`. Prints B-cubed precision/recall/F1 of
// the stories, pair precision/recall/F1 of syndication and the accuracy of claim relations.
// Exits 1 when a --min-* threshold is not met (the ctest accuracy gates use that), 2 on bad use.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "eval_lib.h"
#include "pipeline/pipeline.h"

namespace {

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: tri_stories_eval [--analysis FILE.json] [--verbose] [--min-b3 X] "
               "[--min-syndication X] [--min-relations X] SET_DIR\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, analysis_path;
  bool verbose = false;
  double min_b3 = -1, min_synd = -1, min_rel = -1;
  tri::PipelineOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&](double& v) {
      if (i + 1 >= argc) return false;
      v = std::atof(argv[++i]);
      return true;
    };
    if (a == "--analysis" && i + 1 < argc)
      analysis_path = argv[++i];
    else if (a == "--verbose" || a == "-v")
      verbose = true;
    else if (a == "--min-b3") {
      if (!next(min_b3)) return Usage();
    } else if (a == "--min-syndication") {
      if (!next(min_synd)) return Usage();
    } else if (a == "--min-relations") {
      if (!next(min_rel)) return Usage();
    } else if (a == "--set" && i + 1 < argc) {
      // Story options, for exploring: --set min_similarity=0.3
      const std::string kv = argv[++i];
      const double v = std::atof(kv.c_str() + kv.find('=') + 1);
      const std::string k = kv.substr(0, kv.find('='));
      if (k == "min_similarity")
        options.stories.min_similarity = v;
      else if (k == "min_bridge_similarity")
        options.stories.min_bridge_similarity = v;
      else if (k == "time_decay")
        options.stories.time_decay = v;
      else if (k == "window_days")
        options.stories.window_days = static_cast<int>(v);
      else if (k == "crowding")
        options.stories.crowding = v;
      else if (k == "min_neutral_similarity")
        options.stories.min_neutral_similarity = v;
      else if (k == "neutral_floor_min_norm")
        options.stories.neutral_floor_min_norm = v;
      else if (k == "title_weight")
        options.stories.features.title_weight = static_cast<float>(v);
      else if (k == "place_weight")
        options.stories.features.place_weight = static_cast<float>(v);
      else if (k == "entity_weight")
        options.stories.features.entity_weight = static_cast<float>(v);
      else if (k == "member_weight")
        options.stories.member_weight = v;
      else if (k == "shared_terms")
        options.stories.shared_terms = v > 0;
      else if (k == "syndication")
        options.syndication.min_similarity = v;
      else
        return Usage();
    } else if (!a.empty() && a[0] == '-')
      return Usage();
    else
      dir = a;
  }
  if (dir.empty()) return Usage();

  std::string gold_text;
  if (!ReadFile(dir + "/gold.json", gold_text)) {
    std::fprintf(stderr, "cannot read %s/gold.json\n", dir.c_str());
    return 2;
  }
  auto gold = tri::eval::ParseGold(gold_text);
  if (!gold.ok()) {
    std::fprintf(stderr, "%s\n", gold.status().ToString().c_str());
    return 2;
  }

  tri::Analysis analysis;
  if (!analysis_path.empty()) {
    std::string text;
    if (!ReadFile(analysis_path, text)) {
      std::fprintf(stderr, "cannot read %s\n", analysis_path.c_str());
      return 2;
    }
    auto parsed = tri::eval::ParseAnalysisJson(text);
    if (!parsed.ok()) {
      std::fprintf(stderr, "%s\n", parsed.status().ToString().c_str());
      return 2;
    }
    analysis = std::move(parsed).value();
  } else {
    auto pipeline = tri::Pipeline::Create(options);
    if (!pipeline.ok()) {
      std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
      return 2;
    }
    tri::RunResult run = (*pipeline)->Run({dir + "/articles"});
    for (const tri::Status& e : run.errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
    analysis = std::move(run.analysis);
  }

  const tri::eval::Scores s = tri::eval::Evaluate(*gold, analysis);
  std::printf(
      "stories:     B3 precision %.3f  recall %.3f  F1 %.3f  (%zu documents, %zu gold "
      "stories, %zu predicted, %zu missing)\n",
      s.stories.precision, s.stories.recall, s.stories.f1, s.documents, gold->stories.size(),
      s.predicted_stories, s.documents_missing);
  std::printf(
      "syndication: precision %.3f  recall %.3f  F1 %.3f  (%zu gold pairs, %zu "
      "predicted, %zu correct)\n",
      s.syndication.precision, s.syndication.recall, s.syndication.f1, s.gold_pairs,
      s.predicted_pairs, s.correct_pairs);
  std::printf("claims:      relation accuracy %.3f  (%zu/%zu correct, %zu unmatched)\n",
              s.relation_accuracy, s.claims_correct, s.claims, s.claims_unmatched);
  if (verbose) {
    for (const std::string& d : s.details) std::printf("  %s\n", d.c_str());
  }
  bool ok = true;
  if (min_b3 >= 0 && s.stories.f1 < min_b3) ok = false;
  if (min_synd >= 0 && s.syndication.f1 < min_synd) ok = false;
  if (min_rel >= 0 && s.relation_accuracy < min_rel) ok = false;
  if (!ok) std::printf("FAILED: below the required minimum\n");
  return ok ? 0 : 1;
}
