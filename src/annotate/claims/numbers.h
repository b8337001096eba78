// Quantities in a clause: "mindestens 120 Tote", "rund 2,5 Millionen Euro", "3.5 percent",
// "zwei Verletzte". Each becomes an interval (so "at least 120" and "more than 150" are
// compatible while "120" and "150" are not) with a unit key ("dead", "EUR", "pct", "n:soldat").
// Years, dates, times, ordinals, ages and ranges are left to the time stage. Internal.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/claims/doc_view.h"

namespace tri::claims {

struct Quantity {
  uint32_t begin = 0, end = 0;  // tokens: bound word .. unit
  double lo = 0, hi = 0;        // hi may be +infinity ("mindestens 120")
  std::string unit;             // unit key; "" when the number stands alone
  uint32_t unit_begin = 0, unit_end = 0;
};

// Quantities among tokens [b, e), skipping tokens marked in `skip` (e.g. a quote's frame).
std::vector<Quantity> FindQuantities(const DocView& v, uint32_t b, uint32_t e);

// Parses a numeral as written in `language` ("1.500" and "3,5" in German, "1,500" and "3.5" in
// English); nullopt for anything that is not a plain number.
std::optional<double> ParseNumeral(std::string_view s, LangMask lang);

// "120..120", "120..", "..50", "1.5..2.5": the normalized form of an interval, and back.
std::string FormatInterval(double lo, double hi);
bool ParseInterval(std::string_view s, double& lo, double& hi);

}  // namespace tri::claims
