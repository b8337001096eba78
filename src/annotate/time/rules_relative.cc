// Rules for expressions relative to the anchor: deictic days ("heute", "gestern Abend",
// "tomorrow morning"), weekdays ("am Freitag", "Montagabend", "vergangenen Dienstag",
// "Freitag, 24. Oktober"), relative periods ("kommende Woche", "im vergangenen Monat",
// "letzten Sommer", "this year", "Vorjahr") and offsets ("vor zwei Wochen", "in drei Tagen",
// "two weeks ago").
#include "annotate/time/matcher.h"
#include "annotate/time/rules_start.h"

namespace tri::timex {
namespace {

Match OffsetMatch(size_t begin, size_t end, Base base, Unit unit, int offset) {
  Match m;
  m.begin = begin;
  m.end = end;
  m.sem.kind = SemKind::kOffset;
  m.sem.base = base;
  m.sem.unit = unit;
  m.sem.offset = offset;
  return m;
}

Match WeekendMatch(size_t begin, size_t end) {
  Match m;
  m.begin = begin;
  m.end = end;
  m.sem.kind = SemKind::kWeekday;
  m.sem.base = Base::kContext;
  m.sem.weekday = 6;
  m.sem.weekend = true;
  return m;
}

// Compound nouns for relative periods: "Vorjahr", "Folgetag", "Vorabend".
struct Compound {
  std::string_view word;
  Base base;
  Unit unit;
  int offset;
  Daypart part;
};
constexpr Compound kCompounds[] = {
    {"vorjahr", Base::kContext, Unit::kYear, -1, Daypart::kNone},
    {"vorjahres", Base::kContext, Unit::kYear, -1, Daypart::kNone},
    {"folgejahr", Base::kRef, Unit::kYear, 1, Daypart::kNone},
    {"folgejahres", Base::kRef, Unit::kYear, 1, Daypart::kNone},
    {"vormonat", Base::kContext, Unit::kMonth, -1, Daypart::kNone},
    {"vormonats", Base::kContext, Unit::kMonth, -1, Daypart::kNone},
    {"folgemonat", Base::kRef, Unit::kMonth, 1, Daypart::kNone},
    {"vorwoche", Base::kContext, Unit::kWeek, -1, Daypart::kNone},
    {"folgewoche", Base::kRef, Unit::kWeek, 1, Daypart::kNone},
    {"vortag", Base::kRef, Unit::kDay, -1, Daypart::kNone},
    {"vortages", Base::kRef, Unit::kDay, -1, Daypart::kNone},
    {"folgetag", Base::kRef, Unit::kDay, 1, Daypart::kNone},
    {"folgetages", Base::kRef, Unit::kDay, 1, Daypart::kNone},
    {"vorabend", Base::kRef, Unit::kDay, -1, Daypart::kEvening},
    {"vornacht", Base::kRef, Unit::kDay, -1, Daypart::kNight},
};

}  // namespace

extern constexpr WordSet kRelativeCompoundFilter =
    WordFilter(kCompounds, [](const Compound& c) { return c.word; });

// Core runs this at a word only where RelativeStart (rules_start.h) passes.
void Rules::Relative(size_t i, std::optional<Match>& best) const {
  const Piece& w = P(i);
  // Deictic days, with an optional part of day: "heute", "gestern Abend", "morgen früh".
  if (const LexEntry* e = Lex(i, LexCat::kDeicticDay)) {
    const bool adjective =
        w.lower.size() > 6 && (w.lower.substr(0, 5) == "heuti" || w.lower.substr(0, 5) == "gestr" ||
                               w.lower.substr(0, 5) == "morgi");
    bool ok = true;
    if (w.lower == "morgen" && w.upper) {
      // Capitalised "Morgen" is the morning unless it opens a sentence as "tomorrow".
      ok = (i == 0 || Punct(i - 1, ".") || Punct(i - 1, "!") || Punct(i - 1, "?") ||
            Punct(i - 1, ":") || w.newline_before) &&
           !Word(i + 1, "des");
    }
    // "die heutige Sitzung" is today's; in narratives "die heutige Ukraine" is the present
    // (the resolver makes the anchor's day PRESENT_REF there).
    if (ok) {
      Match m = OffsetMatch(i, i + 1, Base::kAnchor, Unit::kDay, e->ival);
      if (w.lower == "tonight") m.sem.part = Daypart::kNight;
      if (adjective && AnyWord(i + 1, "tag", "tages", "datum")) m.end = i + 2;
      Daypart part = DaypartAt(i + 1);
      if (Word(i + 1, "früh") || Word(i + 1, "frueh")) part = Daypart::kMorning;
      if (part != Daypart::kNone && !Word(i + 1, "morgen")) {
        m.sem.part = part;
        m.end = i + 2;
      } else if (Word(i + 1, "morgen") && P(i + 1).upper) {
        m.sem.part = Daypart::kMorning;
        m.end = i + 2;
      }
      if (m.sem.part != Daypart::kNone) m.sem.type = TimexType::kTime;
      Consider(best, m);
    }
  }

  // Weekdays: "[am] [vergangenen] Freitag[abend] [Abend] [, 24. Oktober 2025]".
  {
    size_t k = i;
    Dir dir = Dir::kAuto;
    if (const LexEntry* rel = Lex(i, LexCat::kRel)) {
      dir = rel->ival < 0 ? Dir::kStrictPast : rel->ival > 0 ? Dir::kStrictFuture : Dir::kSameWeek;
      k = i + 1;
      if (Word(i, "this") && Word(k, "past")) dir = Dir::kStrictPast, ++k;
      if (Word(i, "this") && Word(k, "coming")) dir = Dir::kStrictFuture, ++k;
    }
    int weekday = 0;
    Daypart part = Daypart::kNone;
    if (const LexEntry* e = Lex(k, LexCat::kWeekday)) {
      const std::string_view lw = P(k).lower;
      // "montags", "Sonntags" are habitual (the SET rule has them), except as a genitive
      // ("des Montags").
      const bool adverb = (e->langs & kLangDe) && lw.back() == 's' && lw != "dienstag" &&
                          !(k > 0 && AnyWord(k - 1, "des", "eines", "jenes", "dieses"));
      if (!adverb) weekday = e->ival;
    } else if (IsWordAt(k) && P(k).lower.size() > 8) {
      // "Montagabend", "Freitagnachmittag", "Dienstagfrüh"
      std::string_view lw = P(k).lower;
      for (size_t cut = 5; cut + 3 <= lw.size() && cut <= 10; ++cut) {
        const LexEntry* wd = LexOf(lw.substr(0, cut), LexCat::kWeekday);
        if (!wd) continue;
        std::string_view rest = lw.substr(cut);
        if (rest == "früh") {
          part = Daypart::kMorning;
        } else if (const LexEntry* dp = LexOf(rest, LexCat::kDaypart)) {
          part = DaypartFromCode(dp->sval);
        }
        if (part != Daypart::kNone) weekday = wd->ival;
        break;
      }
    }
    if (weekday) {
      Match m;
      m.begin = i;
      m.end = k + 1;
      m.sem.kind = SemKind::kWeekday;
      m.sem.base = Base::kContext;
      m.sem.dir = dir;
      m.sem.weekday = weekday;
      if (part == Daypart::kNone) {
        part = DaypartAt(k + 1);
        if (Word(k + 1, "früh")) part = Daypart::kMorning;
        if (Word(k + 1, "morgen") && !P(k + 1).upper) part = Daypart::kNone;
        if (part != Daypart::kNone && !AnyWord(k + 1, "mitternacht", "midnight", "noon"))
          m.end = k + 2;
        else
          part = Daypart::kNone;
      }
      m.sem.part = part;
      if (part != Daypart::kNone) m.sem.type = TimexType::kTime;
      // "Freitag, 24. Oktober 2025", "Friday, Oct. 24", "Freitag, den 24.10.": absolute.
      size_t j = k + 1;
      if (Punct(j, ",")) ++j;
      if (AnyWord(j, "den", "dem", "the")) ++j;
      Sem d;
      size_t dend = 0;
      if (dir == Dir::kAuto && part == Daypart::kNone && DateAt(j, d, dend) && d.day && d.month) {
        m.sem = d;
        m.end = dend;
      }
      Consider(best, m);
    }
    // Weekday abbreviations only before a date: "Mo., 27.10.2025", "Fri, Oct 24".
    if (Lex(i, LexCat::kWeekdayAbbr) != nullptr) {
      size_t j = i + 1;
      if (Punct(j, ".") && Glued(j)) ++j;
      if (Punct(j, ",")) ++j;
      Sem d;
      size_t dend = 0;
      if (DateAt(j, d, dend) && d.day && d.month) {
        Match m;
        m.begin = i;
        m.end = dend;
        m.sem = d;
        Consider(best, m);
      }
    }
  }

  // Relative periods: "diese Woche", "kommende Woche", "im vergangenen Monat", "letzten Sommer",
  // "this year", "next weekend".
  if (const LexEntry* rel = Lex(i, LexCat::kRel)) {
    size_t k = i + 1;
    const Unit u = UnitAt(k);
    const bool plural = IsWordAt(k) && (P(k).lower.back() == 'n' || P(k).lower.back() == 's') &&
                        P(k).lower != "jahres" && P(k).lower != "monats" && P(k).lower != "tages" &&
                        P(k).lower != "wochenendes";
    if (u == Unit::kWeekend) {
      Match m = WeekendMatch(i, k + 1);
      m.sem.dir = rel->ival < 0   ? Dir::kStrictPast
                  : rel->ival > 0 ? Dir::kStrictFuture
                                  : Dir::kSameWeek;
      Consider(best, m);
    } else if (u != Unit::kNone && u != Unit::kHour && u != Unit::kMinute && u != Unit::kSecond &&
               !(plural && (o_.langs & kLangDe) && u != Unit::kWeek && P(k).lower != "woche") &&
               !(Word(k, "years") || Word(k, "days") || Word(k, "months") || Word(k, "weeks"))) {
      Match m = OffsetMatch(i, k + 1, Base::kContext, u, rel->ival);
      // "letzte Woche" in plural dative ("in den letzten Wochen") is a duration, below.
      if (!(plural && Word(k, "wochen"))) Consider(best, m);
    }
    Season season = Season::kNone;
    if (const LexEntry* se = Lex(k, LexCat::kSeason)) {
      if (se->sval == "SP") season = Season::kSpring;
      if (se->sval == "SU") season = Season::kSummer;
      if (se->sval == "FA") season = Season::kFall;
      if (se->sval == "WI") season = Season::kWinter;
    }
    if (season != Season::kNone) {
      Match m;
      m.begin = i;
      m.end = k + 1;
      m.sem.season = season;
      m.sem.base = Base::kContext;
      m.sem.dir = rel->ival < 0   ? Dir::kStrictPast
                  : rel->ival > 0 ? Dir::kStrictFuture
                                  : Dir::kNearest;
      Consider(best, m);
    }
  }

  // English "this morning", "last night", "this afternoon".
  if ((Word(i, "this") || Word(i, "last")) && (o_.langs & kLangEn)) {
    const Daypart part = DaypartAt(i + 1);
    if (part != Daypart::kNone && !AnyWord(i + 1, "midnight", "noon", "midday")) {
      const bool last = Word(i, "last");
      if (!last || part == Daypart::kNight || part == Daypart::kEvening) {
        Match m = OffsetMatch(i, i + 2, Base::kAnchor, Unit::kDay, last ? -1 : 0);
        m.sem.part = part;
        m.sem.type = TimexType::kTime;
        Consider(best, m);
      }
    }
  }
  // English "the weekend", "over the weekend": the weekend the tense points at.
  if (Word(i, "weekend") && (o_.langs & kLangEn) && i > 0 && Word(i - 1, "the")) {
    Consider(best, WeekendMatch(i, i + 1));
  }
  // Compounds: "Vorjahr", "Folgetag", "Vorabend".
  for (const Compound& c : kCompounds) {
    if (!MayBeIn(kRelativeCompoundFilter, w.lower)) break;  // most words: no scan
    if (w.lower != c.word) continue;
    Match m = OffsetMatch(i, i + 1, c.base, c.unit, c.offset);
    m.sem.part = c.part;
    if (c.part != Daypart::kNone) m.sem.type = TimexType::kTime;
    Consider(best, m);
  }

  // Offsets from the anchor: "vor zwei Wochen", "in drei Tagen"; English "two weeks ago" is
  // matched from its number in Durations.
  if (AnyWord(i, "vor", "in", "binnen")) {
    double amount = 0;
    size_t aend = 0;
    if (AmountAt(i + 1, amount, aend)) {
      const Unit u = UnitAt(aend);
      if (u != Unit::kNone && u != Unit::kWeekend && u != Unit::kHalfYear) {
        const bool vor = Word(i, "vor");
        if (Word(i, "binnen")) return;
        // "in zwei Stunden" and "in 3,5 Jahren" stay durations.
        if (!vor && (u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond)) return;
        if (amount < 0) {
          if (!vor) return;
          Match m;
          m.begin = i;
          m.end = aend + 1;
          m.sem.kind = SemKind::kFixed;
          m.sem.fixed = "PAST_REF";
          Consider(best, m);
          return;
        }
        if (amount != static_cast<int>(amount) || amount > 100000) return;
        const int n = static_cast<int>(amount);
        Match m = OffsetMatch(i, aend + 1, Base::kAnchor, u, vor ? -n : n);
        if (u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond) {
          m.sem.unit = Unit::kDay;
          m.sem.offset = 0;
        }
        Consider(best, m);
      }
    }
  }
}

}  // namespace tri::timex
