// The expression table (tests/timex/expressions.tsv): news sentences with an expression, an
// anchor and the expected TIMEX3 type/value/mod. Loading, running the time stage over it, and
// scoring, shared by the table test, the table tool and the peer benchmark.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annotate/time/time.h"
#include "core/status.h"

namespace tri::timeeval {

struct TableRow {
  int line = 0;
  std::string lang, context, expression;
  std::optional<DateTime> anchor;  // none for "-"
  std::string type, value, mod;    // expected
};

Result<std::vector<TableRow>> LoadExpressionTable(const std::string& path);

struct TableResult {
  bool found = false;         // a Timex overlapping the expression
  bool exact_extent = false;  // ... with exactly its extent
  std::string type, value, mod;
  bool correct = false;  // type and value (and mod where the row gives one) as expected
};

// Runs the tagger on each row's context (text stage included) and scores it.
std::vector<TableResult> RunExpressionTable(const std::vector<TableRow>& rows,
                                            const TimeTagger& tagger);

}  // namespace tri::timeeval
