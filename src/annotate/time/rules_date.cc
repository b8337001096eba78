// Rules for calendar dates: numeric forms (ISO, German dotted, slashed), day + month name
// (+ year), month name + day (English), weekday-prefixed dates, day ranges ("27.-28. Oktober")
// and a day that borrows its month from the next date ("am 27. und 28. September").
#include "annotate/time/matcher.h"
#include "core/datetime.h"

namespace tri::timex {
namespace {

bool ValidDay(int y, int m, int d) { return d >= 1 && d <= DaysInMonth(y > 0 ? y : 2000, m); }

}  // namespace

// English ordinal suffix after a day number: "27th", "1st".
static size_t OrdinalSuffix(const Rules& r, size_t i) {
  if (r.Glued(i) && r.AnyWord(i, "st", "nd", "rd", "th")) return 1;
  return 0;
}

bool Rules::DateAt(size_t i, Sem& s, size_t& end) const {
  s = kEmptySem;
  if (!Ok(i)) return false;
  // ISO 8601: 2025-10-27, 2025-10-27T14:11[:00][Z|+01:00], 2025-10.
  if (Num(i, 4, 4) >= 0 && Punct(i + 1, "-") && Glued(i + 1) && Num(i + 2, 2, 2) >= 0 &&
      Glued(i + 2)) {
    const int y = Num(i, 4, 4), m = Num(i + 2, 2, 2);
    if (m < 1 || m > 12) return false;
    s.year = y;
    s.month = m;
    end = i + 3;
    if (Punct(i + 3, "-") && Glued(i + 3) && Num(i + 4, 2, 2) >= 0 && Glued(i + 4)) {
      const int d = Num(i + 4, 2, 2);
      if (d < 1 || d > 31) return false;
      s.day = d;
      if (!ValidDay(y, m, d)) s.invalid = true;
      end = i + 5;
      if (Word(end, "t") && Glued(end)) {
        Sem t;
        size_t tend = 0;
        if (ClockAt(end + 1, t, tend, false) && Glued(end + 1)) {
          s.type = TimexType::kTime;
          s.hour = t.hour;
          s.minute = t.minute;
          s.second = t.second;
          s.tz = t.tz;
          end = tend;
        }
      }
    } else if (IsNumAt(i + 3) || (Punct(i + 3, "-") && Glued(i + 3))) {
      return false;
    }
    return true;
  }
  // German dotted: 27.10.2025, 1.9.39, 27.10.
  if (Num(i, 1, 2) >= 0 && Punct(i + 1, ".") && Glued(i + 1) && Num(i + 2, 1, 2) >= 0 &&
      Glued(i + 2) && Punct(i + 3, ".") && Glued(i + 3)) {
    const int d = Num(i, 1, 2), m = Num(i + 2, 1, 2);
    if (d < 1 || d > 31 || m < 1 || m > 12) return false;
    s.month = m;
    s.day = d;
    end = i + 4;
    if (Num(i + 4, 4, 4) >= 0 && Glued(i + 4)) {
      s.year = Num(i + 4, 4, 4);
      end = i + 5;
    } else if (Num(i + 4, 2, 2) >= 0 && Glued(i + 4)) {
      s.year = Num(i + 4, 2, 2);
      s.two_digit_year = true;
      end = i + 5;
    } else if (IsNumAt(i + 4) && Glued(i + 4)) {
      // "27.10.99999": an impossible year; keep the day and month, unresolved.
      s.invalid = true;
      end = i + 5;
    }
    // Version numbers and addresses ("1.2.3.4") are not dates.
    if (Punct(end, ".") && Glued(end) && IsNumAt(end + 1) && Glued(end + 1)) return false;
    if (s.year != kUnset && !s.two_digit_year && !ValidDay(s.year, m, d)) s.invalid = true;
    if (s.year == kUnset && !ValidDay(2000, m, d)) s.invalid = true;
    return true;
  }
  // Slashed: 03/04/2025 (day/month in German text, month/day in US English), 2025/10/27.
  if (Num(i, 1, 2) >= 0 && Punct(i + 1, "/") && Glued(i + 1) && Num(i + 2, 1, 2) >= 0 &&
      Glued(i + 2) && Punct(i + 3, "/") && Glued(i + 3) && IsNumAt(i + 4) && Glued(i + 4)) {
    int a = Num(i, 1, 2), b = Num(i + 2, 1, 2);
    const int y = Num(i + 4, 2, 4);
    if (y < 0 || P(i + 4).digits == 3) return false;
    int d = a, m = b;
    if (o_.us_dates && a <= 12) d = b, m = a;
    if (m > 12 && d <= 12) std::swap(d, m);
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    s.year = y;
    s.two_digit_year = P(i + 4).digits == 2;
    s.month = m;
    s.day = d;
    if (!s.two_digit_year && !ValidDay(y, m, d)) s.invalid = true;
    end = i + 5;
    return true;
  }
  if (Num(i, 4, 4) >= 0 && Punct(i + 1, "/") && Glued(i + 1) && Num(i + 2, 1, 2) >= 0 &&
      Glued(i + 2) && Punct(i + 3, "/") && Glued(i + 3) && Num(i + 4, 1, 2) >= 0 && Glued(i + 4)) {
    s.year = Num(i, 4, 4);
    s.month = Num(i + 2, 1, 2);
    s.day = Num(i + 4, 1, 2);
    if (s.month < 1 || s.month > 12 || s.day < 1 || s.day > 31) return false;
    if (!ValidDay(s.year, s.month, s.day)) s.invalid = true;
    end = i + 5;
    return true;
  }
  auto year_after = [&](size_t k, size_t& kend) {
    Sem y;
    size_t yend = 0;
    if (Punct(k, ",") && IsNumAt(k + 1)) ++k;
    if (Word(k, "des") && Word(k + 1, "jahres") && IsNumAt(k + 2)) k += 2;
    if (YearAt(k, y, yend, false) && y.century == kUnset && y.decade == kUnset &&
        !y.two_digit_year) {
      s.year = y.year;
      s.bc = y.bc;
      s.invalid = s.invalid || y.invalid;
      kend = yend;
      return true;
    }
    return false;
  };
  // Day + month name: "27. Oktober [2025]", "27 October 2025", "27th of October".
  if (Num(i, 1, 2) >= 0) {
    const int d = Num(i, 1, 2);
    size_t k = i + 1;
    bool dot = false;
    if (Punct(k, ".") && Glued(k))
      ++k, dot = true;
    else
      k += OrdinalSuffix(*this, k);
    if (Word(k, "of") && !dot) ++k;
    int m = 0;
    size_t mend = 0;
    if (d >= 1 && d <= 31 && (dot || (o_.langs & kLangEn)) && MonthAt(k, m, mend)) {
      s.month = m;
      s.day = d;
      end = mend;
      year_after(mend, end);
      if (!ValidDay(s.year == kUnset ? 2000 : s.year, m, d)) s.invalid = true;
      return true;
    }
  }
  // Month name first.
  int m = 0;
  size_t mend = 0;
  if (MonthAt(i, m, mend)) {
    s.month = m;
    end = mend;
    // English "October 27[th][, 2025]".
    if ((o_.langs & kLangEn) && Num(mend, 1, 2) >= 0 && !Punct(mend + 1, ":") &&
        !((Punct(mend + 1, ".") || Punct(mend + 1, ",")) && IsNumAt(mend + 2) && Glued(mend + 2))) {
      const int d = Num(mend, 1, 2);
      if (d >= 1 && d <= 31) {
        s.day = d;
        end = mend + 1 + OrdinalSuffix(*this, mend + 1);
        year_after(end, end);
        if (!ValidDay(s.year == kUnset ? 2000 : s.year, m, d)) s.invalid = true;
        return true;
      }
    }
    size_t k = mend;
    if (Word(k, "of") && IsNumAt(k + 1)) ++k;
    year_after(k, end);
    return true;
  }
  return false;
}

// Core runs this at a word only where DatesStart (rules_start.h) passes.
void Rules::Dates(size_t i, std::optional<Match>& best) const {
  Sem s;
  size_t end = 0;
  if (DateAt(i, s, end)) {
    Match m;
    m.begin = i;
    m.end = end;
    m.sem = s;
    // "Mai/Juni 1940", "vom 27. Oktober bis 2. November 2025": the year of the next date.
    if (s.year == kUnset && s.month && s.hour < 0) {
      size_t k = end;
      if (Punct(k, "/") || Dash(k) || AnyWord(k, "und", "bis", "oder", "and", "to")) {
        ++k;
        if (AnyWord(k, "zum", "den", "dem")) ++k;
        Sem later;
        size_t lend = 0;
        if (DateAt(k, later, lend) && later.year != kUnset && later.month &&
            !later.two_digit_year &&
            (later.month > s.month || (later.month == s.month && later.day > s.day))) {
          m.sem.year = later.year;
          m.sem.bc = later.bc;
        }
      }
    }
    // "27.10.2025, 14:11 Uhr", "Oct. 27, 2025 2:11 p.m.": one TIME.
    if (s.day && s.hour < 0) {
      size_t k = end;
      if (Punct(k, ",")) ++k;
      Sem t;
      size_t tend = 0;
      if (ClockAt(k, t, tend, true) || (k > end && ClockAt(k, t, tend, false))) {
        m.sem.type = TimexType::kTime;
        m.sem.hour = t.hour;
        m.sem.minute = t.minute;
        m.sem.second = t.second;
        m.sem.tz = t.tz;
        m.end = tend;
      }
    }
    Consider(best, m);
  }
  // A bare day before another date: "27. und 28. September", "vom 16. auf den 17. April",
  // "27.-28. Oktober" (range).
  const int d = Num(i, 1, 2);
  // A bare day after one: "am 23. August und am 24.": the month of the reference.
  int next_month = 0;
  size_t next_end = 0;
  if (d >= 1 && d <= 31 && Punct(i + 1, ".") && Glued(i + 1) && i >= 2 && !IsNumAt(i + 2) &&
      !(IsWordAt(i + 2) && P(i + 2).upper && !P(i + 2).lex && !P(i + 2).newline_before) &&
      !MonthAt(i + 2, next_month, next_end)) {
    size_t k = i - 1;
    if (AnyWord(k, "am", "dem", "den", "zum") && k > 0) --k;
    if ((AnyWord(k, "und", "bis", "oder") || Dash(k) || Punct(k, ",")) && k > 0) {
      int month = 0;
      size_t mend = 0;
      const bool after_date =
          (Punct(k - 1, ".") && k >= 2 && IsNumAt(k - 2)) ||
          (k >= 1 && MonthAt(k - 1, month, mend) && mend == k) ||
          (k >= 2 && IsNumAt(k - 1) && P(k - 1).digits == 4 && MonthAt(k - 2, month, mend));
      if (after_date) {
        Match m;
        m.begin = i;
        m.end = i + 2;
        m.sem.day = d;
        m.sem.base = Base::kRef;
        Consider(best, m);
      }
    }
  }
  if (d >= 1 && d <= 31 && Punct(i + 1, ".") && Glued(i + 1)) {
    size_t k = i + 2;
    bool range = false;
    if (Dash(k) || Punct(k, "/")) {
      range = Dash(k);
      ++k;
    } else if (AnyWord(k, "und", "bis", "oder", "zum", "and", "to")) {
      ++k;
    } else if (Punct(k, ",")) {
      ++k;
    } else if (Word(k, "auf") && AnyWord(k + 1, "den", "dem")) {
      k += 2;
    } else {
      return;
    }
    if (AnyWord(k, "den", "dem")) ++k;
    Sem later;
    size_t lend = 0;
    if (!DateAt(k, later, lend) || !later.day || !later.month || later.day <= 0) return;
    Match m;
    m.begin = i;
    m.end = i + 2;
    m.sem = later;
    m.sem.type = TimexType::kDate;
    m.sem.hour = m.sem.minute = m.sem.second = -1;
    m.sem.day = d;
    if (!ValidDay(later.year == kUnset ? 2000 : later.year, later.month, d)) m.sem.invalid = true;
    if (range && d < later.day) {
      m.end = lend;
      m.range = true;
      m.range_begin = k;
      m.range_sem = later;
    }
    Consider(best, m);
  }
}

}  // namespace tri::timex
