// Quantities in a clause (FindQuantities in numbers.h): numerals with their bound words
// ("mindestens", "rund"), multipliers and units, as intervals with a unit key.
#include "annotate/claims/numbers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "annotate/claims/clauses.h"
#include "annotate/claims/numbers_internal.h"
#include "core/annotations.h"

namespace tri::claims {

using namespace numbers_detail;  // NOLINT: the quantity finder's own parts

namespace {

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
