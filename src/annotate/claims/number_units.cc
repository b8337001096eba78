// The unit of a quantity: unit words, casualty nouns and counted nouns after a number, and
// durations the time stage tagged ("fünf Jahren und sechs Monaten") as quantities.
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "annotate/claims/clauses.h"
#include "annotate/claims/numbers_internal.h"
#include "core/annotations.h"

namespace tri::claims::numbers_detail {
namespace {

// A TIMEX3 duration ("P5Y6M", "PT2.5H") in its largest unit: years (months added as twelfths),
// else months, weeks, days, hours or minutes. False for anything else ("PXY", "P1DT2H" mixes).
bool DurationValue(std::string_view v, double& value, std::string& unit) {
  if (v.size() < 3 || v[0] != 'P') return false;
  double years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0;
  bool time = false, any = false;
  size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < v.size() && ((v[j] >= '0' && v[j] <= '9') || v[j] == '.')) ++j;
    if (j == i || j >= v.size()) return false;
    const double n = std::strtod(std::string(v.substr(i, j - i)).c_str(), nullptr);
    switch (v[j]) {
      case 'Y':
        years = n;
        break;
      case 'M':
        (time ? minutes : months) = n;
        break;
      case 'W':
        weeks = n;
        break;
      case 'D':
        days = n;
        break;
      case 'H':
        hours = n;
        break;
      default:
        return false;
    }
    any = true;
    i = j + 1;
  }
  if (!any) return false;
  if (years > 0)
    value = years + months / 12, unit = "year";
  else if (months > 0)
    value = months, unit = "month";
  else if (weeks > 0)
    value = weeks, unit = "week";
  else if (days > 0)
    value = days, unit = "day";
  else if (hours > 0)
    value = hours + minutes / 60, unit = "hour";
  else if (minutes > 0)
    value = minutes, unit = "minute";
  else
    return false;
  return true;
}

}  // namespace

std::string NounStem(std::string stem) {
  for (std::string_view suffix : {"en", "n", "e", "s"}) {
    if (stem.size() > suffix.size() + 3 && stem.ends_with(suffix)) {
      stem.resize(stem.size() - suffix.size());
      break;
    }
  }
  return "n:" + stem;
}

bool UnitAt(const DocView& v, uint32_t t, uint32_t e, UnitKind kind, Quantity& q) {
  if (t >= e) return false;
  for (uint32_t c = v.cue_from[t]; c < v.cues.size() && v.cues[c].begin == t; ++c) {
    const CueMatch& m = v.cues[c];
    const bool frame = m.cls == CueClass::kFrame && kind != UnitKind::kUnitWord;
    if (m.cls == CueClass::kUnit || (frame && q.unit.empty())) {
      if (m.cls == CueClass::kUnit || q.unit.empty()) {
        q.unit = std::string(v.lex.value(m.value));
        q.unit_begin = m.begin;
        q.unit_end = m.end;
      }
    }
  }
  if (!q.unit.empty()) return true;
  if (kind != UnitKind::kAnyNoun || !v.IsWord(t) || v.keys[t].size() <= 2 || v.place_at[t] >= 0 ||
      v.entity_at[t] >= 0)
    return false;
  if (!v.IsCapitalized(t) && v.lang != kLangEn) return false;
  q.unit = NounStem(v.keys[t]);
  q.unit_begin = t;
  q.unit_end = t + 1;
  return true;
}

// A duration the time stage tagged ("fünf Jahren und sechs Monaten", "under four hours"),
// starting at token i, as a quantity; two durations joined by "und"/"and" add up.
std::optional<Quantity> DurationAt(const DocView& v, uint32_t i, uint32_t b, uint32_t e) {
  const int x = v.timex_at[i];
  if (x < 0 || (i > 0 && v.timex_at[i - 1] == x)) return std::nullopt;
  const Timex& t = v.doc.timex[x];
  double value = 0;
  std::string unit;
  if (t.type != TimexType::kDuration || !DurationValue(t.value, value, unit)) return std::nullopt;
  const std::string words = LexKey(v.doc.slice(t.span));
  if (words.find("jährig") != std::string::npos || words.find("year-old") != std::string::npos ||
      words.find("years old") != std::string::npos) {
    return std::nullopt;  // an age ("die 64-Jährige"), not a measured duration
  }
  Quantity q;
  q.begin = i;
  q.unit = unit;
  auto [tb, te] = v.TokensOf(t.span);
  q.end = q.unit_end = std::min(te, e);
  q.unit_begin = i;
  if (q.end + 1 < e && (v.keys[q.end] == "und" || v.keys[q.end] == "and") &&
      v.timex_at[q.end + 1] >= 0) {
    double more = 0;
    std::string more_unit;
    const Timex& t2 = v.doc.timex[v.timex_at[q.end + 1]];
    if (t2.type == TimexType::kDuration && DurationValue(t2.value, more, more_unit)) {
      if (unit == "year" && more_unit == "month") value += more / 12;
      if (unit == "hour" && more_unit == "minute") value += more / 60;
      q.end = q.unit_end = std::min(v.TokensOf(t2.span).second, e);
    }
  }
  q.lo = q.hi = value;
  std::string_view bound = t.mod == "LESS_THAN"       ? "lt"
                           : t.mod == "MORE_THAN"     ? "gt"
                           : t.mod == "EQUAL_OR_LESS" ? "le"
                           : t.mod == "EQUAL_OR_MORE" ? "ge"
                           : t.mod == "APPROX"        ? "about"
                                                      : "";
  v.ForCues(i > b + 2 ? i - 2 : b, i, [&](const CueMatch& c) {
    if (c.cls == CueClass::kNumBound && c.end == i) bound = v.lex.value(c.value), q.begin = c.begin;
  });
  if (bound == "ge" || bound == "gt") q.hi = kInf;
  if (bound == "le" || bound == "lt") q.lo = 0;
  if (bound == "about") q.lo = value * (1 - kAbout), q.hi = value * (1 + kAbout);
  return q;
}

}  // namespace tri::claims::numbers_detail
