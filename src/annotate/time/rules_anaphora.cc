// Rules for expressions relative to the last mentioned date (anaphora): "am selben Tag",
// "im gleichen Monat", "an diesem Tag", "am folgenden Tag", "tags darauf", "im Jahr darauf",
// "zwei Tage später", "einen Monat zuvor", "nach drei Tagen", "the next day", "a week later",
// "das ganze Jahr"; and vague references ("jetzt", "bald", "kurz zuvor", "in Zukunft").
#include "annotate/time/matcher.h"
#include "annotate/time/rules_start.h"

namespace tri::timex {
namespace {

Match RefOffset(size_t begin, size_t end, Unit unit, int offset) {
  Match m;
  m.begin = begin;
  m.end = end;
  m.sem.kind = SemKind::kOffset;
  m.sem.base = Base::kRef;
  m.sem.unit = unit;
  m.sem.offset = offset;
  return m;
}

Match Fixed(size_t begin, size_t end, std::string_view value, TimexType type = TimexType::kDate) {
  Match m;
  m.begin = begin;
  m.end = end;
  m.sem.kind = SemKind::kFixed;
  m.sem.type = type;
  m.sem.fixed = value;
  return m;
}

bool IsSingularUnitWord(std::string_view w) {
  return w == "tag" || w == "tages" || w == "monat" || w == "monats" || w == "jahr" ||
         w == "jahres" || w == "woche" || w == "day" || w == "month" || w == "year" || w == "week";
}

// Multi-word references (Refs).
struct Phrase {
  std::string_view a, b, c;
  std::string_view value;
};
constexpr Phrase kPhrases[] = {
    {"in", "zukunft", "", "FUTURE_REF"},
    {"in", "der", "zukunft", "FUTURE_REF"},
    {"in", "der", "vergangenheit", "PAST_REF"},
    {"in", "der", "folge", "FUTURE_REF"},
    {"kurz", "zuvor", "", "PAST_REF"},
    {"kurz", "vorher", "", "PAST_REF"},
    {"kurz", "davor", "", "PAST_REF"},
    {"kurz", "darauf", "", "FUTURE_REF"},
    {"kurz", "danach", "", "FUTURE_REF"},
    {"wenig", "später", "", "FUTURE_REF"},
    {"kurz", "später", "", "FUTURE_REF"},
    {"bald", "darauf", "", "FUTURE_REF"},
    {"bald", "danach", "", "FUTURE_REF"},
    {"kurze", "zeit", "später", "FUTURE_REF"},
    {"kurze", "zeit", "darauf", "FUTURE_REF"},
    {"kurze", "zeit", "zuvor", "PAST_REF"},
    {"zur", "zeit", "", "PRESENT_REF"},
    {"vor", "kurzem", "", "PAST_REF"},
    {"vor", "kurzer", "zeit", "PAST_REF"},
    {"vor", "langer", "zeit", "PAST_REF"},
    {"jetzigen", "zeitpunkt", "", "PRESENT_REF"},
    {"folgezeit", "", "", "FUTURE_REF"},
    {"zwischenzeitlich", "", "", "PAST_REF"},
    {"in", "the", "future", "FUTURE_REF"},
    {"in", "the", "past", "PAST_REF"},
    {"at", "the", "moment", "PRESENT_REF"},
    {"right", "now", "", "PRESENT_REF"},
    {"these", "days", "", "PRESENT_REF"},
    {"shortly", "after", "", "FUTURE_REF"},
    {"shortly", "afterwards", "", "FUTURE_REF"},
    {"soon", "after", "", "FUTURE_REF"},
    {"shortly", "before", "", "PAST_REF"},
    {"a", "while", "ago", "PAST_REF"},
};

}  // namespace

// Most words start no phrase: a compile-time filter over the first words skips the scan.
extern constexpr WordSet kRefPhraseFilter =
    WordFilter(kPhrases, [](const Phrase& ph) { return ph.a; });

// Core runs this at a word only where AnaphoraStart (rules_start.h) passes.
void Rules::Anaphora(size_t i, std::optional<Match>& best) const {
  // Prepositions that belong to anaphoric expressions in the key conventions: "am selben Tag",
  // "an diesem Tag", "im selben Monat", "am Tag darauf".
  size_t k = i;
  if (AnyWord(i, "am", "an", "im")) ++k;
  if (AnyWord(k, "that", "the") && (o_.langs & kLangEn)) ++k;
  // SAME / "diesem" / "jenem" + unit or part of day.
  const bool same =
      Lex(k, LexCat::kSame) != nullptr ||
      (k > i && AnyWord(k, "diesem", "jenem", "jenen") && AnyWord(k + 1, "tag", "abend")) ||
      (Word(k, "that") && AnyWord(k + 1, "day", "evening", "night", "morning", "year"));
  if (same) {
    const Unit u = UnitAt(k + 1);
    const Daypart part = DaypartAt(k + 1);
    if ((u == Unit::kDay || u == Unit::kMonth || u == Unit::kYear || u == Unit::kWeek) &&
        IsSingularUnitWord(P(k + 1).lower)) {
      Consider(best, RefOffset(i, k + 2, u, 0));
    } else if (part != Daypart::kNone && !Word(k + 1, "morgen")) {
      Match m = RefOffset(k, k + 2, Unit::kDay, 0);
      m.sem.part = part;
      m.sem.type = TimexType::kTime;
      Consider(best, m);
    } else if (Word(k + 1, "morgen") && P(k + 1).upper) {
      Match m = RefOffset(i, k + 2, Unit::kDay, 0);
      m.sem.part = Daypart::kMorning;
      m.sem.type = TimexType::kTime;
      Consider(best, m);
    }
  }
  // FOLLOW / PRIOR / "nächsten" + day or part of day: "am folgenden Tag", "am nächsten Morgen",
  // "im folgenden Jahr", "the next day", "the previous week".
  {
    int offset = 0;
    if (const LexEntry* f = Lex(k, LexCat::kFollow))
      offset = f->ival;
    else if (const LexEntry* p = Lex(k, LexCat::kPrior))
      offset = p->ival;
    else if (const LexEntry* r = Lex(k, LexCat::kRel);
             r && r->ival != 0 && UnitAt(k + 1) == Unit::kDay)
      offset = r->ival;
    else if (Word(k, "next") || Word(k, "previous"))
      offset = Word(k, "next") ? 1 : -1;
    if (offset != 0) {
      const Unit u = UnitAt(k + 1);
      const Daypart part = DaypartAt(k + 1);
      if (u != Unit::kNone && u != Unit::kWeekend && IsSingularUnitWord(P(k + 1).lower)) {
        // Without a preposition the key leaves the preposition out ("folgenden Tag").
        Consider(best, RefOffset(k == i + 1 && AnyWord(i, "am", "an", "im") ? i + 1 : i, k + 2, u,
                                 offset));
      } else if (part != Daypart::kNone && (P(k + 1).upper || (o_.langs & kLangEn))) {
        Match m = RefOffset(i, k + 2, Unit::kDay, offset);
        if (AnyWord(i, "am", "an", "im")) m.begin = i + 1;
        m.sem.part = part;
        m.sem.type = TimexType::kTime;
        Consider(best, m);
      }
    }
  }
  // "Tag darauf", "tags darauf", "am Tag zuvor", "im Jahr darauf", "the day before/after".
  {
    const Unit u = UnitAt(k);
    if (u == Unit::kDay || u == Unit::kYear || u == Unit::kMonth || u == Unit::kWeek) {
      int offset = 0;
      if (AnyWord(k + 1, "darauf", "danach", "später", "after"))
        offset = 1;
      else if (AnyWord(k + 1, "zuvor", "davor", "vorher", "before", "earlier"))
        offset = -1;
      const bool after_english = Word(k + 1, "after") || Word(k + 1, "before");
      if (offset != 0 && (!after_english || !IsWordAt(k + 2) || Punct(k + 2, ","))) {
        if (after_english && !(k > i && Word(k - 1, "the"))) offset = 0;
        if (offset != 0) Consider(best, RefOffset(i, k + 2, u, offset));
      }
    }
  }
  // AMOUNT UNIT später / zuvor / later / earlier / ago; "nach [etwa] drei Tagen".
  {
    const bool nach = Word(i, "nach");
    size_t j = nach ? i + 1 : i;
    std::string mod;
    if (nach) {
      const LexEntry* m = Lex(j, LexCat::kModPre);
      if (m && m->sval == "APPROX") mod = "APPROX", ++j;
    }
    double amount = 0;
    size_t aend = 0;
    const Unit u = AmountAt(j, amount, aend) ? UnitAt(aend) : Unit::kNone;
    if (u != Unit::kNone && u != Unit::kWeekend) {
      size_t end = aend + 1;
      int sign = 0;
      bool anchor = false;
      if (!nach) {
        if (AnyWord(end, "später", "danach", "darauf", "later"))
          sign = 1, ++end;
        else if (AnyWord(end, "zuvor", "vorher", "früher", "davor", "earlier"))
          sign = -1, ++end;
        else if (Word(end, "ago"))
          sign = -1, anchor = true, ++end;
      } else if (u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond) {
        sign = 0;  // "nach 48 Stunden": a duration
      } else if (amount < 0) {
        // "nach mehreren Tagen": an unspecified stretch.
        Match m = Fixed(i, end, DurationValue(-1, u), TimexType::kDuration);
        Consider(best, m);
      } else if (!(IsWordAt(end) && P(end).upper && !P(end).lex)) {
        sign = 1;  // "nach zwei Tagen": the reference plus two days ("nach zwei Jahren Krieg": no)
      }
      if (sign != 0 && amount < 0 && !nach) {
        Consider(best, Fixed(i, end, sign > 0 ? "FUTURE_REF" : "PAST_REF"));
      } else if (sign != 0 && amount > 0) {
        Unit unit = u, gran = u;
        double n = amount;
        if (u == Unit::kHalfYear) unit = Unit::kMonth, n *= 6, gran = Unit::kMonth;
        if (n != static_cast<int>(n)) {
          // "ein halbes Jahr später": six months, reported as a month.
          if (unit == Unit::kYear)
            unit = Unit::kMonth, n *= 12, gran = Unit::kMonth;
          else if (unit == Unit::kMonth)
            unit = Unit::kDay, n *= 30, gran = Unit::kMonth;
        }
        if (u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond) {
          unit = Unit::kDay, n = 0, gran = Unit::kDay;
        }
        if (n <= 100000) {
          Match m = RefOffset(i, end, unit, sign * static_cast<int>(n + 0.5));
          m.sem.gran = gran;
          m.sem.mod = mod;
          if (anchor) m.sem.base = Base::kAnchor;
          Consider(best, m);
        }
      }
    }
  }
  // "dieses Datum": the day just named; "des neuen Jahres": the year after it.
  if (AnyWord(i, "dieses", "diesem", "jenes", "jenem") && Word(i + 1, "datum")) {
    Consider(best, RefOffset(i, i + 2, Unit::kDay, 0));
  }
  if (AnyWord(i, "neuen", "neue") && UnitAt(i + 1) == Unit::kYear &&
      IsSingularUnitWord(P(i + 1).lower)) {
    Consider(best, RefOffset(i, i + 2, Unit::kYear, 1));
  }
  // "das ganze Jahr", "das ganze folgende Jahr": the year itself.
  if (AnyWord(i, "ganze", "ganzen", "gesamte", "gesamten", "whole", "entire")) {
    size_t j = i + 1;
    int offset = 0;
    if (const LexEntry* f = Lex(j, LexCat::kFollow)) offset = f->ival, ++j;
    const Unit u = UnitAt(j);
    if ((u == Unit::kYear || u == Unit::kMonth) && IsSingularUnitWord(P(j).lower)) {
      Match m = RefOffset(i, j + 1, u, offset);
      m.sem.base = Base::kContext;
      Consider(best, m);
    }
  }
}

// Core runs this at a word only where RefsStart (rules_start.h) passes.
void Rules::Refs(size_t i, std::optional<Match>& best) const {
  if (!o_.vague_refs) return;
  const LexEntry* e = nullptr;
  if (size_t n = LexSpan(i, LexCat::kRef, &e); n > 0) {
    Consider(best, Fixed(i, i + n, e->sval));
  }
  const std::string_view first = P(i).lower;
  const bool may_start = !first.empty() && MayBeIn(kRefPhraseFilter, first);
  for (const Phrase& ph : kPhrases) {
    if (!may_start) break;
    if (!SameText(first, ph.a)) continue;
    size_t n = 1;
    if (!ph.b.empty()) {
      if (!Word(i + 1, ph.b)) continue;
      ++n;
    }
    if (!ph.c.empty()) {
      if (!Word(i + 2, ph.c)) continue;
      ++n;
    }
    // "shortly after the war": the phrase is a preposition there.
    if ((ph.b == "after" || ph.b == "before") && IsWordAt(i + n) && !Punct(i + n, ",")) continue;
    Consider(best, Fixed(i, i + n, ph.value));
  }
  // "seit langem", "seit langer Zeit": a long, unspecified duration.
  if (Word(i, "seit") &&
      (Word(i + 1, "langem") || (Word(i + 1, "langer") && Word(i + 2, "zeit")))) {
    Consider(best, Fixed(i, Word(i + 1, "langem") ? i + 2 : i + 3, "PXY", TimexType::kDuration));
  }
}

}  // namespace tri::timex
