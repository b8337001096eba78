// Scoring of an analysis against a labelled multi-outlet set (tests/stories/gold.json format):
// B-cubed precision/recall/F1 of the stories, pair precision/recall/F1 of syndication, and
// accuracy of claim relations (each gold claim matched to the predicted story claim whose
// evidence spans overlap the gold substrings in every listed document; unmatched = wrong).
// Documents are identified by the file name (last path component) of their source.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/status.h"

namespace tri::eval {

struct GoldClaim {
  std::string story, slot, relation;
  std::map<std::string, std::string> evidence;  // file name -> exact substring
};

struct Gold {
  std::vector<std::vector<std::string>> stories;  // file names per story
  std::vector<std::string> story_ids;
  std::vector<std::pair<std::string, std::string>> syndication;
  std::vector<GoldClaim> claims;
};

Result<Gold> ParseGold(const std::string& json_text);

// The analysis as the evaluator needs it: also readable from `triangulate analyze --format json`.
Result<Analysis> ParseAnalysisJson(const std::string& json_text);

struct PRF {
  double precision = 0, recall = 0, f1 = 0;
};

struct Scores {
  PRF stories;      // B-cubed over the gold documents
  PRF syndication;  // unordered pairs
  size_t gold_pairs = 0, predicted_pairs = 0, correct_pairs = 0;
  double relation_accuracy = 0;
  size_t claims = 0, claims_correct = 0, claims_unmatched = 0;
  size_t documents = 0, documents_missing = 0, predicted_stories = 0;
  std::vector<std::string> details;  // one line per error, for --verbose
};

Scores Evaluate(const Gold& gold, const Analysis& analysis);

}  // namespace tri::eval
