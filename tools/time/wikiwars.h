// WikiWarsDE evaluation: reads the corpus (in/*.sgm with tags stripped, key/*.apf.xml for
// spans and VAL, keyinline/*.key.xml for MOD), runs the time stage in the narrative domain
// anchored at each document's DATETIME, and scores extraction (lenient = overlap, strict =
// exact span) and normalisation the way HeidelTime's papers report WikiWarsDE.
//
// TIMEX2 -> TIMEX3 mapping (see data/time/README.md): VAL is compared with our value after
// normalising durations by length (P2D = PT48H, P1W = P7D, P1Y6M = P18M); TIMEX2 anchor, set
// and non_specific attributes are not scored; a range we tag as one expression ("1920-1924")
// counts as two expressions, its start and its end, as TIMEX2 annotates them.
#pragma once

#include <string>
#include <vector>

#include "annotate/time/time.h"
#include "core/status.h"

namespace tri::timeeval {

struct GoldTimex {
  Span span;  // [begin, end) bytes into the stripped text
  std::string val;
  std::string mod;
};

struct WikiWarsDoc {
  std::string name;
  std::string text;  // the .sgm file with all <...> tags removed
  DateTime dct;
  std::vector<GoldTimex> gold;
};

// Loads every document of `dir` (the WikiWarsDE_20110412 folder). Checks that each APF
// extent's text equals the stripped text at its offsets.
Result<std::vector<WikiWarsDoc>> LoadWikiWars(const std::string& dir);

struct PRF {
  int tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? 100.0 * tp / (tp + fp) : 0; }
  double R() const { return tp + fn ? 100.0 * tp / (tp + fn) : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

struct WikiWarsScores {
  PRF lenient, strict, value, strict_value;  // value: lenient match with the right value
  int value_correct = 0, value_total = 0;    // over lenient matches: value accuracy
  int mod_correct = 0, mod_total = 0;        // over lenient matches whose key has a MOD
  std::vector<std::string> errors;           // one line per miss, spurious or wrong value
  double ValueAccuracy() const { return value_total ? 100.0 * value_correct / value_total : 0; }
};

// Tags each document with `tagger` and scores it against the key.
WikiWarsScores EvaluateWikiWars(const std::vector<WikiWarsDoc>& docs, const TimeTagger& tagger,
                                bool collect_errors);

// True when a TIMEX2 VAL and our TIMEX3 value name the same thing (see the mapping above).
bool ValuesMatch(std::string_view timex2_val, std::string_view timex3_value);

}  // namespace tri::timeeval
