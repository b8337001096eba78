// Evidence for dating an article from its own time expressions: which expressions are
// absolute, which follow from the (unknown) publication date, the tense of each, and whether
// it sits in a photo/video caption or credit ("26.08.2025 | 0:23 min"), which only ever bounds
// the date from below. Used by publication-date inference (infer.cc).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annotate/time/resolve.h"
#include "annotate/time/sem.h"
#include "core/document.h"

namespace tri::timex {

struct TimexEvidence {
  size_t index = 0;  // into Document::timex
  Tense tense = Tense::kUnknown;
  bool caption = false;
  std::optional<Sem> relative;  // decoded Timex::relative_form
  bool has_interval = false;    // absolute calendar value with a known period
  Date first, last;             // that period
};

// One entry per Timex of `doc` (DATE/TIME only). Tokens must be present.
std::vector<TimexEvidence> CollectEvidence(const Document& doc, const class Lexicon& lexicon);

}  // namespace tri::timex
