// Rules for durations ("zwei Jahre", "15 Tage", "anderthalb Jahre", "mehrere Wochen",
// "die vergangenen zwei Jahre", "in den kommenden Tagen", "dreitägigen", "154-tägiger",
// "90-Tage", "jahrelang", "seit Jahren", "two-year", "a few days") and sets ("jeden Montag",
// "täglich", "alle zwei Wochen", "montags", "every week", "twice a year").
#include <cstdio>

#include "annotate/time/matcher.h"

namespace tri::timex {
namespace {

Match Duration(size_t begin, size_t end, double amount, Unit unit) {
  Match m;
  m.begin = begin;
  m.end = end;
  m.sem.kind = SemKind::kFixed;
  m.sem.type = TimexType::kDuration;
  m.sem.fixed = DurationValue(amount, unit);
  return m;
}

// Consider(best, Duration(...)), with the candidate (and its value string) built only when it
// wins: most duration candidates lose to a longer match found first.
void AddDuration(std::optional<Match>& best, size_t begin, size_t end, double amount, Unit unit) {
  if (Rules::Better(best, begin, end)) best = Duration(begin, end, amount, unit);
}

Match Set(size_t begin, size_t end, std::string value) {
  Match m;
  m.begin = begin;
  m.end = end;
  m.sem.kind = SemKind::kFixed;
  m.sem.type = TimexType::kSet;
  m.sem.fixed = std::move(value);
  return m;
}

// Adjective suffixes of German duration compounds ("dreitägigen", "zweijährige").
Unit CompoundSuffixUnit(std::string_view w, size_t& stem_len) {
  if (w.size() < 5 ||
      (w.find("ig") == std::string_view::npos && w.find("lang") == std::string_view::npos)) {
    return Unit::kNone;
  }
  static constexpr std::pair<std::string_view, Unit> kSuffixes[] = {
      {"jährig", Unit::kYear},           {"monatig", Unit::kMonth},
      {"wöchig", Unit::kWeek},           {"tägig", Unit::kDay},
      {"stündig", Unit::kHour},          {"minütig", Unit::kMinute},
      {"jahrzehntelang", Unit::kDecade}, {"jahrelang", Unit::kYear},
      {"monatelang", Unit::kMonth},      {"wochenlang", Unit::kWeek},
      {"tagelang", Unit::kDay},          {"stundenlang", Unit::kHour},
      {"minutenlang", Unit::kMinute},
  };
  for (const auto& [suffix, unit] : kSuffixes) {
    const size_t pos = w.find(suffix);
    if (pos == std::string_view::npos) continue;
    // Only inflection may follow: -e, -en, -er, -es, -em.
    std::string_view tail = w.substr(pos + suffix.size());
    if (tail.size() > 2) continue;
    stem_len = pos;
    return unit;
  }
  return Unit::kNone;
}

}  // namespace

// Core runs this at a word only where DurationsStart (rules_start.h) passes.
void Rules::Durations(size_t i, std::optional<Match>& best) const {
  // [REL/FOLLOW] AMOUNT UNIT [lang|alt]: "zwei Jahre", "die vergangenen zwei Jahre".
  size_t j = i;
  const LexEntry* ordinal = Lex(i, LexCat::kOrdinal);
  const bool rel =
      Lex(i, LexCat::kRel) || Lex(i, LexCat::kFollow) || (ordinal && ordinal->ival == 1);
  if (rel) ++j;
  double amount = 0;
  size_t aend = 0;
  if (AmountAt(j, amount, aend)) {
    Unit u = UnitAt(aend);
    // "zwei Jahreshälfte" is not a duration; "2 Wochenenden" is.
    if (u != Unit::kNone && !(IsNumAt(j) && Punct(j + 1, ".") && Glued(j + 1))) {
      size_t end = aend + 1;
      if (AnyWord(end, "alt", "old")) ++end;
      if (!(amount == 1 && IsNumAt(j) == false && Word(j, "a") && !(o_.langs & kLangEn))) {
        AddDuration(best, i, end, amount, u);
      }
    }
  }
  // REL/FOLLOW + plural unit: "in den kommenden Tagen", "den folgenden Monaten",
  // "in den letzten Jahren", "the past weeks".
  if (rel) {
    const Unit u = UnitAt(i + 1);
    const std::string_view w = IsWordAt(i + 1) ? P(i + 1).lower : std::string_view();
    const bool plural = w == "tagen" || w == "tage" || w == "wochen" || w == "monaten" ||
                        w == "monate" || w == "jahren" || w == "jahre" || w == "jahrzehnten" ||
                        w == "jahrzehnte" || w == "stunden" || w == "minuten" || w == "days" ||
                        w == "weeks" || w == "months" || w == "years" || w == "decades" ||
                        w == "hours";
    if (u != Unit::kNone && plural) AddDuration(best, i, i + 2, -1, u);
  }
  // "Folgejahren", "Vorjahren": some years.
  if (AnyWord(i, "folgejahren", "folgejahre", "vorjahren"))
    AddDuration(best, i, i + 1, -1, Unit::kYear);
  if (!IsWordAt(i) && !IsNumAt(i)) return;
  // Compounds: "dreitägigen", "zweijährige", "jahrelang", "wochenlangen".
  if (IsWordAt(i)) {
    std::string_view w = P(i).lower;
    size_t stem = 0;
    const Unit u = CompoundSuffixUnit(w, stem);
    // "Dreimonatig-Freiwillige": part of a compound noun.
    if (u != Unit::kNone && !(Dash(i + 1) && Glued(i + 1))) {
      std::string_view number = w.substr(0, stem);
      if (w.find("lang") != std::string_view::npos && number.empty()) {
        AddDuration(best, i, i + 1, -1, u);
      } else if (const LexEntry* n = LexOf(number, LexCat::kNumber)) {
        AddDuration(best, i, i + 1, n->ival, u);
      } else if (number == "mehr" || number == "viel") {
        AddDuration(best, i, i + 1, -1, u);
      } else if (number == "ganz") {
        AddDuration(best, i, i + 1, 1, u);
      } else if (number == "halb") {
        AddDuration(best, i, i + 1, 0.5, u);
      }
    }
    // "Jahrzehnte", "Jahrhunderte": decades, centuries.
    if (AnyWord(i, "jahrzehnte", "jahrzehnten", "jahrhunderte", "jahrhunderten", "decades",
                "centuries")) {
      AddDuration(best, i, i + 1, -1, UnitAt(i));
    }
  }
  // "154-tägiger", "90-Tage", "Sieben-Tage", "two-year", "24-hour".
  {
    double n = -2;
    if (Num(i, 1, 4) >= 0)
      n = Num(i, 1, 4);
    else if (const LexEntry* e = Lex(i, LexCat::kNumber))
      n = e->ival;
    if (n >= 0 && Dash(i + 1) && Glued(i + 1) && IsWordAt(i + 2) && Glued(i + 2)) {
      size_t stem = 0;
      Unit u = CompoundSuffixUnit(P(i + 2).lower, stem);
      if (u != Unit::kNone && stem != 0) u = Unit::kNone;
      if (u == Unit::kNone) u = UnitAt(i + 2);
      if (u != Unit::kNone && u != Unit::kWeekend) AddDuration(best, i, i + 3, n, u);
    }
  }
  // "seit Jahren", "seit Wochen", "for years": an unspecified stretch (the unit word only).
  if (AnyWord(i, "seit", "for", "über") && IsWordAt(i + 1)) {
    const std::string_view w = P(i + 1).lower;
    const Unit u = UnitAt(i + 1);
    if (u != Unit::kNone &&
        (w == "jahren" || w == "monaten" || w == "wochen" || w == "tagen" || w == "jahrzehnten" ||
         w == "stunden" || w == "years" || w == "months" || w == "weeks" || w == "days" ||
         w == "decades" || w == "hours" || w == "jahre")) {
      Match m = Duration(i + 1, i + 2, -1, u);
      Consider(best, m);
    }
  }
}

// Core runs this at a word only where SetsStart (rules_start.h) passes.
void Rules::Sets(size_t i, std::optional<Match>& best) const {
  // Set adverbs: "täglich", "wöchentlich", "daily".
  if (const LexEntry* e = Lex(i, LexCat::kSet)) Consider(best, Set(i, i + 1, e->sval));
  // Habitual weekdays: "montags", "Sonntags" (not the genitive "des Montags").
  if (const LexEntry* e = Lex(i, LexCat::kWeekday);
      e && (e->langs & kLangDe) && P(i).lower.back() == 's' && P(i).lower != "dienstag" &&
      !(i > 0 && AnyWord(i - 1, "des", "eines", "jenes", "dieses"))) {
    Consider(best, Set(i, i + 1, "XXXX-WXX-" + std::to_string(e->ival)));
  }
  // "jeden Montag", "jede Woche", "jedes Jahr", "alle zwei Wochen", "every Monday", "each year",
  // "jeden Abend".
  if (AnyWord(i, "jeden", "jede", "jedes", "jedem", "alle", "every", "each")) {
    size_t k = i + 1;
    double n = 1;
    size_t aend = 0;
    if (AnyWord(i, "alle", "every") && AmountAt(k, n, aend) && n > 0)
      k = aend;
    else
      n = 1;
    if (const LexEntry* e = Lex(k, LexCat::kWeekday)) {
      Consider(best, Set(i, k + 1, "XXXX-WXX-" + std::to_string(e->ival)));
    }
    const Unit u = UnitAt(k);
    if (u != Unit::kNone && u != Unit::kWeekend &&
        !(Word(i, "alle") && n == 1 && !IsNumAt(i + 1))) {
      Consider(best, Set(i, k + 1, DurationValue(n, u)));
    }
    if (u == Unit::kWeekend) Consider(best, Set(i, k + 1, "XXXX-WXX-WE"));
    const Daypart part = DaypartAt(k);
    if (part != Daypart::kNone && (P(k).upper || (o_.langs & kLangEn))) {
      Consider(best, Set(i, k + 1, std::string("XXXX-XX-XXT") + std::string(DaypartCode(part))));
    }
    int month = 0;
    size_t mend = 0;
    if (MonthAt(k, month, mend)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
      Consider(best, Set(i, mend, buf));
    }
  }
  // "zweimal pro Woche", "einmal im Jahr", "twice a week", "once a year", "three times a day".
  {
    size_t k = i;
    bool freq = false;
    if (IsWordAt(k) && P(k).lower.size() > 3 && P(k).lower.substr(P(k).lower.size() - 3) == "mal") {
      freq = true;
      ++k;
    } else if (AnyWord(k, "once", "twice")) {
      freq = true;
      ++k;
    } else if (Lex(k, LexCat::kNumber) && Word(k + 1, "times")) {
      freq = true;
      k += 2;
    }
    if (freq) {
      if (AnyWord(k, "pro", "je", "a", "per", "im", "in", "the")) {
        ++k;
        if (Word(k, "der") || Word(k, "the")) ++k;
        const Unit u = UnitAt(k);
        if (u != Unit::kNone && u != Unit::kWeekend)
          Consider(best, Set(i, k + 1, DurationValue(1, u)));
      }
    }
  }
}

}  // namespace tri::timex
