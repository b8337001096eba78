#include "annotate/claims/numbers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "annotate/claims/clauses.h"
#include "core/annotations.h"

namespace tri::claims {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string FormatNumber(double x) {
  char buf[64];
  if (std::fabs(x) < 1e15 && x == std::floor(x)) {
    std::snprintf(buf, sizeof buf, "%.0f", x);
  } else {
    std::snprintf(buf, sizeof buf, "%.4f", x);
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Digit groups separated by `sep` every three digits ("1.500.000").
bool Grouped(std::string_view s, char sep) {
  size_t first = s.find(sep);
  if (first == std::string_view::npos || first == 0 || first > 3) return false;
  for (size_t pos = first; pos < s.size(); pos += 4) {
    if (s[pos] != sep || pos + 4 > s.size() || !AllDigits(s.substr(pos + 1, 3))) return false;
  }
  return AllDigits(s.substr(0, first));
}

bool IsMonthOrTimeWord(std::string_view k) {
  for (std::string_view m :
       {"januar", "februar",   "märz",    "april",    "mai",      "juni",    "juli",
        "august", "september", "oktober", "november", "dezember", "january", "february",
        "march",  "june",      "july",    "october",  "december", "uhr",     "jahrhundert"}) {
    if (k == m) return true;
  }
  return false;
}

}  // namespace

std::optional<double> ParseNumeral(std::string_view s, LangMask lang) {
  if (s.empty() || s.size() > 24) return std::nullopt;
  const char thousands = lang == kLangEn ? ',' : '.';
  const char decimal = lang == kLangEn ? '.' : ',';
  std::string clean;
  if (AllDigits(s)) {
    clean = std::string(s);
  } else if (Grouped(s, thousands)) {
    for (char c : s) {
      if (c != thousands) clean += c;
    }
  } else {
    size_t d = s.find(decimal);
    if (d == std::string_view::npos || !AllDigits(s.substr(0, d)) || !AllDigits(s.substr(d + 1))) {
      return std::nullopt;
    }
    clean = std::string(s.substr(0, d)) + "." + std::string(s.substr(d + 1));
  }
  return std::strtod(clean.c_str(), nullptr);
}

std::string FormatInterval(double lo, double hi) {
  std::string out = lo > 0 ? FormatNumber(lo) : "";
  out += "..";
  if (hi != kInf) out += FormatNumber(hi);
  return out;
}

bool ParseInterval(std::string_view s, double& lo, double& hi) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  std::string a(s.substr(0, dots)), b(s.substr(dots + 2));
  lo = a.empty() ? 0 : std::strtod(a.c_str(), nullptr);
  hi = b.empty() ? kInf : std::strtod(b.c_str(), nullptr);
  return lo <= hi;
}

namespace {

constexpr double kAbout = 0.05;  // "rund 48 Millionen": journalists round to a few percent

std::string NounStem(std::string stem) {
  for (std::string_view suffix : {"en", "n", "e", "s"}) {
    if (stem.size() > suffix.size() + 3 && stem.ends_with(suffix)) {
      stem.resize(stem.size() - suffix.size());
      break;
    }
  }
  return "n:" + stem;
}

// The unit named at token t: a unit word ("Prozent", "Beschäftigte"), a casualty noun ("Tote"),
// or, when `nouns` is set, any noun ("Terminals" -> "n:terminal").
enum class UnitKind { kUnitWord, kUnitOrFrame, kAnyNoun };

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

bool IsFiller(const DocView& v, uint32_t t) {
  const std::string& k = v.keys[t];
  return k == "von" || k == "der" || k == "des" || k == "of" || k == "the" || k == "a" || k == "an";
}

}  // namespace

std::vector<Quantity> FindQuantities(const DocView& v, uint32_t b, uint32_t e) {
  std::vector<Quantity> out;
  const auto& toks = v.doc.tokens;
  for (uint32_t i = b; i < e && out.size() < 32; ++i) {
    if (auto d = DurationAt(v, i, b, e)) {
      const uint32_t next = d->end;
      out.push_back(std::move(*d));
      if (next > i + 1) i = next - 1;
      continue;
    }
    if (v.timex_at[i] >= 0 || v.entity_at[i] >= 0) continue;
    std::optional<double> value;
    std::string suffix_unit;  // "30-kilometre", "30-Kilometer"
    uint32_t end = i + 1;
    const std::string_view raw = v.text(i);
    const bool digit_word =
        !raw.empty() && raw[0] >= '0' && raw[0] <= '9' && raw.find('-') != std::string_view::npos;
    if (toks[i].kind == TokenKind::kNumber || digit_word) {
      std::string_view s = v.text(i);
      if (s.ends_with(".") ||
          (i + 1 < e && v.text(i + 1) == "." && i + 2 < e && IsMonthOrTimeWord(v.keys[i + 2]))) {
        continue;  // ordinal or date ("31.", "31 . Oktober")
      }
      if (size_t dash = s.find('-'); dash != std::string_view::npos && dash > 0 &&
                                     dash + 1 < s.size() &&
                                     !(s[dash + 1] >= '0' && s[dash + 1] <= '9')) {
        suffix_unit = LexKey(s.substr(dash + 1));
        suffix_unit = suffix_unit.substr(0, suffix_unit.find('-'));  // "30-Kilometer-Tunnel"
        if (suffix_unit.starts_with("jährig") || suffix_unit.starts_with("year")) continue;  // ages
        s = s.substr(0, dash);
      }
      value = ParseNumeral(s, v.lang);
      if (!value) continue;
      if (AllDigits(s) && s.size() == 4 && *value >= 1900 && *value <= 2100 && suffix_unit.empty())
        continue;
      if (i + 1 < e && IsMonthOrTimeWord(v.keys[i + 1])) continue;
    } else {
      for (uint32_t c = v.cue_from[i]; c < v.cues.size() && v.cues[c].begin == i; ++c) {
        if (v.cues[c].cls == CueClass::kNumWord) {
          value = std::strtod(std::string(v.lex.value(v.cues[c].value)).c_str(), nullptr);
        }
      }
      if (!value) continue;
    }
    // "2,5 Millionen": a multiplier word right after the number.
    for (uint32_t c = v.cue_from[end]; end < e && c < v.cues.size() && v.cues[c].begin == end;
         ++c) {
      if (v.cues[c].cls == CueClass::kNumMult) {
        *value *= std::strtod(std::string(v.lex.value(v.cues[c].value)).c_str(), nullptr);
        ++end;
        break;
      }
    }
    Quantity q;
    q.begin = i;
    q.lo = q.hi = *value;
    // A bound word ending right before the number: "mindestens", "mehr als", "rund".
    for (uint32_t back = i > b + 2 ? i - 2 : b; back < i; ++back) {
      v.ForCues(back, i, [&](const CueMatch& c) {
        if (c.cls != CueClass::kNumBound || c.end != i) return;
        const std::string_view bound = v.lex.value(c.value);
        q.begin = c.begin;
        if (bound == "ge" || bound == "gt") q.hi = kInf;
        if (bound == "le" || bound == "lt") q.lo = 0;
        if (bound == "about") {
          q.lo = *value * (1 - kAbout);
          q.hi = *value * (1 + kAbout);
        }
        // "bis zu 152", "up to 152": the peak that was reached, a figure in its own right.
      });
    }
    // The unit: in the number itself, after it (an adjective may sit between), a unit word
    // before it ("Stärke 6,1", "magnitude of 5.8"), or the noun counted ("die Zahl der
    // wartenden Schiffe ist auf 65 gestiegen").
    bool found = false;
    if (!suffix_unit.empty()) {
      std::vector<CueMatch> m;
      v.lex.Match({suffix_unit}, v.lang, m);
      for (const CueMatch& c : m) {
        if (c.cls == CueClass::kUnit) q.unit = std::string(v.lex.value(c.value));
      }
      if (q.unit.empty()) q.unit = NounStem(suffix_unit);
      q.unit_begin = i, q.unit_end = i + 1, found = true;
    }
    // Unit words first, after then before the number ("Stärke 6,1", "magnitude 5.8 quake"),
    // then a casualty noun after it, then any noun after it (an adjective may sit between).
    if (!found) found = UnitAt(v, end, e, UnitKind::kUnitWord, q);
    if (!found) {
      uint32_t k = i;
      if (k > b && IsFiller(v, k - 1)) --k;  // "eine Stärke von 6,3"
      if (k > b) found = UnitAt(v, k - 1, i, UnitKind::kUnitWord, q);
    }
    if (!found) found = UnitAt(v, end, e, UnitKind::kAnyNoun, q);
    if (!found && end + 1 < e && v.IsWord(end) && !v.IsCapitalized(end) &&
        !LooksLikeVerb(v, end, b)) {
      found = UnitAt(v, end + 1, e, UnitKind::kAnyNoun, q);
    }
    // "the death toll has risen to 31", "die Opferzahl stieg auf 31": the count of the dead.
    for (uint32_t k = i; !found && k-- > b && k + 12 > i;) {
      const bool toll = v.keys[k] == "toll" && k > b && v.keys[k - 1] == "death";
      if (!toll && v.keys[k] != "opferzahl" && v.keys[k] != "totenzahl" && v.keys[k] != "todeszahl")
        continue;
      q.unit = "dead";
      q.unit_begin = toll ? k - 1 : k, q.unit_end = k + 1, found = true;
    }
    for (uint32_t k = i; !found && k-- > b;) {
      if (v.keys[k] != "zahl" && v.keys[k] != "anzahl" && v.keys[k] != "number") continue;
      for (uint32_t n = k + 1; n < i && n < k + 5 && !found; ++n) {
        if (IsFiller(v, n) || (!v.IsCapitalized(n) && v.lang != kLangEn)) continue;
        found = UnitAt(v, n, i, UnitKind::kAnyNoun, q);
      }
      break;
    }
    // "fünf Jahren und sechs Monaten": one duration.
    if (q.unit == "year" && q.unit_end + 2 < e &&
        (v.keys[q.unit_end] == "und" || v.keys[q.unit_end] == "and")) {
      std::vector<Quantity> months = FindQuantities(v, q.unit_end + 1, std::min(e, q.unit_end + 4));
      if (!months.empty() && months[0].unit == "month" && months[0].begin == q.unit_end + 1) {
        q.lo += months[0].lo / 12;
        q.hi += months[0].hi / 12;
        q.unit_end = months[0].unit_end;
      }
    }
    // "die zwei Staatschefs": a count of office holders names people, it is no figure.
    if (q.unit.starts_with("n:") && q.unit_end > q.unit_begin &&
        v.IsCue(q.unit_begin, CueClass::kRole)) {
      if (q.unit_end > i + 1) i = q.unit_end - 1;
      continue;
    }
    // "zwei weitere Leichen", "two more bodies": an increment, not the figure itself.
    bool increment = false;
    for (uint32_t k = end; k < q.unit_begin && k < e && q.unit_end > i; ++k) {
      const std::string& w = v.keys[k];
      increment |= w.starts_with("weitere") || w == "zusätzliche" || w == "additional" ||
                   w == "further" || w == "more" || w == "another";
    }
    if (increment) {
      if (q.unit_end > i + 1) i = q.unit_end - 1;
      continue;
    }
    q.end = std::max(end, q.unit.empty() || q.unit_end <= i ? end : q.unit_end);
    const uint32_t next = q.end;
    out.push_back(std::move(q));
    if (next > i + 1) i = next - 1;
  }
  return out;
}

}  // namespace tri::claims
