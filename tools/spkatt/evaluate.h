// In-process SpkAtt-2023 evaluation: runs `spkatt::Predict` (entities + quotes) over the task
// files of a directory and scores the predictions against the files' own annotations with our
// scorer, on one split. Used by spkatt_eval (prints figures) and the accuracy gate test.
#pragma once

#include <string>

#include "annotate/quotes/quotes.h"
#include "annotate/quotes/spkatt.h"
#include "core/status.h"
#include "spkatt/score.h"

namespace tri::spkatt {

enum class Split { kHeldOut, kTune, kAll };

struct EvalOptions {
  Split split = Split::kHeldOut;
  bool entities = true;  // run the entities stage before quotes
  ConvertOptions convert;
  QuoteOptions quotes;
  std::string dump_dir;  // when set, write each prediction file here
};

// Scores the task files (*.json) of `dir` that fall in the split.
Result<Scores> Evaluate(const std::string& dir, const EvalOptions& options);

// Scores prediction files in `system_dir` against the gold files of `gold_dir` (the split
// decides which gold files count; a missing prediction file counts as no annotations).
Result<Scores> ScoreDirectories(const std::string& gold_dir, const std::string& system_dir,
                                Split split);

}  // namespace tri::spkatt
