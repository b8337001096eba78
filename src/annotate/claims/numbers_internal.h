// Internals of quantity finding (numbers.cc) shared by its parts: numeral checks
// (numerals.cc) and units and durations (number_units.cc). Internal to the claims stage.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "annotate/claims/doc_view.h"
#include "annotate/claims/numbers.h"

namespace tri::claims::numbers_detail {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kAbout = 0.05;  // "rund 48 Millionen": journalists round to a few percent

// Non-empty and ASCII digits only.
bool AllDigits(std::string_view s);

// A month name or "Uhr"/"Jahrhundert": the number before it is a date or time, not a quantity.
bool IsMonthOrTimeWord(std::string_view k);

// "n:" + a noun key without its plural/case ending: the unit key of a counted noun.
std::string NounStem(std::string stem);

// The unit named at token t: a unit word ("Prozent", "Beschäftigte"), a casualty noun ("Tote"),
// or, when `nouns` is set, any noun ("Terminals" -> "n:terminal").
enum class UnitKind { kUnitWord, kUnitOrFrame, kAnyNoun };

bool UnitAt(const DocView& v, uint32_t t, uint32_t e, UnitKind kind, Quantity& q);

// A duration the time stage tagged ("fünf Jahren und sechs Monaten", "under four hours"),
// starting at token i, as a quantity; two durations joined by "und"/"and" add up.
std::optional<Quantity> DurationAt(const DocView& v, uint32_t i, uint32_t b, uint32_t e);

}  // namespace tri::claims::numbers_detail
