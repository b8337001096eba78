// Rules for months with a relative year ("Juni desselben Jahres", "März des folgenden Jahres",
// "October last year"), seasons ("Sommer 1940", "Spätsommer", "Frühjahr des nächsten Jahres"),
// quarters and halves ("3. Quartal 2025", "zweite Jahreshälfte", "Q3"), calendar weeks
// ("KW 44"), holidays ("Weihnachten 1966", "Ostern") and year/month boundaries ("Jahresende",
// "Jahresbeginn 1918", "Jahreswechsel", "Monatsende").
#include "annotate/time/matcher.h"
#include "annotate/time/rules_start.h"

namespace tri::timex {
namespace {

Season SeasonFromCode(std::string_view c) {
  if (c == "SP") return Season::kSpring;
  if (c == "SU") return Season::kSummer;
  if (c == "FA") return Season::kFall;
  if (c == "WI") return Season::kWinter;
  return Season::kNone;
}

}  // namespace

// "des Jahres 1918" / "1918" / "desselben Jahres" / "des folgenden Jahres" / "nächsten Jahres" /
// "last year" after a month or season: fills the year of `s` (turning it into an offset for
// relative years). Returns the end, or `k` when nothing follows.
static size_t YearQualifier(const Rules& r, size_t k, Sem& s) {
  Sem y;
  size_t yend = 0;
  size_t j = k;
  if (r.Punct(j, ",") && r.IsNumAt(j + 1)) ++j;
  if (r.Word(j, "of") && r.IsNumAt(j + 1)) ++j;
  if (r.AnyWord(j, "des", "dieses", "diesen") && r.Word(j + 1, "jahres") && r.IsNumAt(j + 2))
    j += 2;
  if (r.YearAt(j, y, yend, false) && y.century == kUnset && y.decade == kUnset) {
    s.year = y.year;
    s.bc = y.bc;
    return yend;
  }
  auto relative_year = [&](Base base, int offset, size_t end) {
    s.kind = SemKind::kOffset;
    s.base = base;
    s.unit = Unit::kYear;
    s.offset = offset;
    return end;
  };
  // "desselben Jahres", "des gleichen Jahres"
  if (r.AnyWord(k, "desselben", "selbigen") && r.Word(k + 1, "jahres"))
    return relative_year(Base::kRef, 0, k + 2);
  if (r.Word(k, "des") && r.Lex(k + 1, LexCat::kSame) && r.Word(k + 2, "jahres")) {
    return relative_year(Base::kRef, 0, k + 3);
  }
  // "des Jahres" alone: the year in context.
  if (r.Word(k, "des") && r.Word(k + 1, "jahres")) return relative_year(Base::kContext, 0, k + 2);
  size_t j2 = k;
  if (r.AnyWord(j2, "des", "the")) ++j2;
  const LexEntry* e = nullptr;
  if (r.Word(j2 + 1, "jahres") || r.Word(j2 + 1, "year")) {
    if ((e = r.Lex(j2, LexCat::kFollow))) return relative_year(Base::kRef, 1, j2 + 2);
    if ((e = r.Lex(j2, LexCat::kPrior))) return relative_year(Base::kRef, -1, j2 + 2);
    if ((e = r.Lex(j2, LexCat::kRel))) return relative_year(Base::kContext, e->ival, j2 + 2);
  }
  // English "October last year", "this year".
  if (r.Word(k + 1, "year") && (e = r.Lex(k, LexCat::kRel)))
    return relative_year(Base::kContext, e->ival, k + 2);
  return k;
}

// Core runs this at a word only where MonthsStart (rules_start.h) passes.
void Rules::Months(size_t i, std::optional<Match>& best) const {
  int month = 0;
  size_t mend = 0;
  size_t start = i;
  Dir dir = Dir::kAuto;
  // "vergangenen Oktober", "kommenden Januar", "last March", "next May".
  if (const LexEntry* rel = Lex(i, LexCat::kRel); rel && MonthAt(i + 1, month, mend)) {
    dir = rel->ival < 0 ? Dir::kStrictPast : rel->ival > 0 ? Dir::kStrictFuture : Dir::kNearest;
    ++start;
  } else if (!MonthAt(i, month, mend)) {
    return;
  }
  Match m;
  m.begin = i;
  m.sem.month = month;
  m.sem.dir = dir;
  m.end = YearQualifier(*this, mend, m.sem);
  if (m.end == mend && dir == Dir::kAuto) return;  // plain month: the date rule has it
  Consider(best, m);
}

namespace {

// Year and month boundary words ("Jahresbeginn", "Monatsende", "Jahreswechsel").
struct Boundary {
  std::string_view word;
  Unit unit;
  const char* mod;
};
constexpr Boundary kBoundaries[] = {
    {"jahresbeginn", Unit::kYear, "START"},  {"jahresanfang", Unit::kYear, "START"},
    {"jahresende", Unit::kYear, "END"},      {"jahresmitte", Unit::kYear, "MID"},
    {"jahresausklang", Unit::kYear, "END"},  {"monatsende", Unit::kMonth, "END"},
    {"monatsbeginn", Unit::kMonth, "START"}, {"monatsanfang", Unit::kMonth, "START"},
    {"monatsmitte", Unit::kMonth, "MID"},    {"wochenbeginn", Unit::kWeek, "START"},
    {"wochenanfang", Unit::kWeek, "START"},  {"wochenmitte", Unit::kWeek, "MID"},
    {"wochenende", Unit::kWeekend, ""},      {"wochenendes", Unit::kWeekend, ""},
    {"jahreswechsel", Unit::kYear, "+1"},    {"jahreswende", Unit::kYear, "+1"},
};

}  // namespace

extern constexpr WordSet kPeriodBoundaryFilter =
    WordFilter(kBoundaries, [](const Boundary& b) { return b.word; });
bool IsPeriodBoundary(std::string_view w) {
  for (const Boundary& b : kBoundaries) {
    if (w == b.word) return true;
  }
  return false;
}

// Core runs this at a word only where PeriodsStart (rules_start.h) passes.
void Rules::Periods(size_t i, std::optional<Match>& best) const {
  // Seasons, plain or as compounds with a modifier ("Spätsommer", "Frühherbst").
  Season season = Season::kNone;
  std::string mod;
  if (const LexEntry* e = Lex(i, LexCat::kSeason)) {
    season = SeasonFromCode(e->sval);
  } else if (IsWordAt(i) && P(i).lower.size() > 7) {
    std::string_view w = P(i).lower;
    std::string_view rest;
    if (w.substr(0, 5) == "spät")
      rest = w.substr(5), mod = "END";
    else if (w.substr(0, 5) == "früh")
      rest = w.substr(5), mod = "START";
    else if (w.substr(0, 4) == "hoch")
      rest = w.substr(4), mod = "MID";
    if (!rest.empty()) {
      if (const LexEntry* e = LexOf(rest, LexCat::kSeason)) season = SeasonFromCode(e->sval);
    }
  }
  if (season != Season::kNone) {
    Match m;
    m.begin = i;
    m.sem.season = season;
    m.sem.mod = mod;
    m.end = YearQualifier(*this, i + 1, m.sem);
    Consider(best, m);
  }
  // Quarters and halves: "3. Quartal [2025]", "zweiten Jahreshälfte", "1. Halbjahr", "Q3 2025",
  // "first half of 2025".
  int ord = -1;
  size_t k = i;
  if (Num(i, 1, 1) >= 1 && Punct(i + 1, ".") && Glued(i + 1))
    ord = Num(i, 1, 1), k = i + 2;
  else if (const LexEntry* e = Lex(i, LexCat::kOrdinal))
    ord = e->ival, k = i + 1;
  if (ord >= 1) {
    Unit u = UnitAt(k);
    if (Word(k, "half") || Word(k, "hälfte")) u = Unit::kHalfYear;
    if ((u == Unit::kQuarter && ord <= 4) || (u == Unit::kHalfYear && ord <= 2)) {
      Match m;
      m.begin = i;
      if (u == Unit::kQuarter)
        m.sem.quarter = ord;
      else
        m.sem.half = ord;
      size_t after = k + 1;
      if (Word(after, "des") && Word(after + 1, "jahres") && !IsNumAt(after + 2)) after += 2;
      if (Word(after, "of") && Word(after + 1, "the") && Word(after + 2, "year")) after += 3;
      m.end = YearQualifier(*this, after, m.sem);
      Consider(best, m);
    }
  }
  if (IsWordAt(i) && (P(i).lower == "q" || P(i).lower == "h") && P(i).upper &&
      Num(i + 1, 1, 1) >= 1 && Glued(i + 1)) {
    const int n = Num(i + 1, 1, 1);
    if ((P(i).lower == "q" && n <= 4) || (P(i).lower == "h" && n <= 2)) {
      Match m;
      m.begin = i;
      if (P(i).lower == "q")
        m.sem.quarter = n;
      else
        m.sem.half = n;
      size_t after = i + 2;
      if (Punct(after, "/") && Glued(after) && IsNumAt(after + 1)) ++after;
      m.end = YearQualifier(*this, after, m.sem);
      Consider(best, m);
    }
  }
  // Calendar weeks: "KW 44", "KW44", "Kalenderwoche 44", "44. Kalenderwoche", "week 44".
  if ((Word(i, "kw") || Word(i, "kalenderwoche") || Word(i, "week")) && Num(i + 1, 1, 2) >= 1 &&
      (!Word(i, "week") || P(i).upper)) {
    const int w = Num(i + 1, 1, 2);
    if (w <= 53) {
      Match m;
      m.begin = i;
      m.sem.week = w;
      m.end = YearQualifier(*this, i + 2, m.sem);
      Consider(best, m);
    }
  }
  if (Num(i, 1, 2) >= 1 && Punct(i + 1, ".") && Word(i + 2, "kalenderwoche") &&
      Num(i, 1, 2) <= 53) {
    Match m;
    m.begin = i;
    m.sem.week = Num(i, 1, 2);
    m.end = YearQualifier(*this, i + 3, m.sem);
    Consider(best, m);
  }
  // Holidays: "Weihnachten [1966]", "Ostern", "Tag der Deutschen Einheit", "Christmas Eve".
  const LexEntry* h = nullptr;
  if (size_t n = LexSpan(i, LexCat::kHoliday, &h); n > 0) {
    Match m;
    m.begin = i;
    std::string_view v = h->sval;
    if (v.size() == 5 && v[2] == '-') {
      m.sem.month = (v[0] - '0') * 10 + (v[1] - '0');
      m.sem.day = (v[3] - '0') * 10 + (v[4] - '0');
      m.end = YearQualifier(*this, i + n, m.sem);
      // Movable feasts need a year; without one they stay partial.
      Consider(best, m);
    } else {
      m.sem.feast = std::string(v);
      m.end = YearQualifier(*this, i + n, m.sem);
      Consider(best, m);
    }
  }
  // Year and month boundaries: "Jahresbeginn [1918]", "Jahresende", "Jahresmitte",
  // "Jahreswechsel", "Monatsende", "Wochenbeginn".
  if (IsWordAt(i)) {
    for (const Boundary& b : kBoundaries) {
      if (P(i).lower != b.word) continue;
      Match m;
      m.begin = i;
      m.end = i + 1;
      std::string_view bmod = b.mod;
      if (b.unit == Unit::kWeekend) {
        // "am Wochenende": the weekend the tense points at.
        m.sem.kind = SemKind::kWeekday;
        m.sem.base = Base::kContext;
        m.sem.weekday = 6;
        m.sem.weekend = true;
      } else if (bmod == "+1") {
        m.sem.kind = SemKind::kOffset;
        m.sem.base = Base::kContext;
        m.sem.unit = Unit::kYear;
        m.sem.offset = 1;
        m.sem.month = 1;
        m.sem.day = 1;
      } else {
        m.sem.mod = std::string(bmod);
        Sem y;
        size_t yend = 0;
        if (b.unit == Unit::kYear && YearAt(i + 1, y, yend, false) && y.year != kUnset) {
          m.sem.year = y.year;
          m.sem.bc = y.bc;
          m.end = yend;
        } else {
          m.sem.kind = SemKind::kOffset;
          m.sem.base = Base::kContext;
          m.sem.unit = b.unit;
        }
      }
      Consider(best, m);
    }
  }
}

}  // namespace tri::timex
