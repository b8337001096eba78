#include "annotate/time/calendar.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tri::timex {

IsoWeek IsoWeekOf(const Date& d) {
  // The ISO week belongs to the year of its Thursday.
  const Date thursday = d.AddDays(3 - d.Weekday());
  const Date jan1{thursday.year, 1, 1};
  const int week = static_cast<int>((thursday.ToDays() - jan1.ToDays()) / 7) + 1;
  return {thursday.year, week};
}

Date MondayOfIsoWeek(int year, int week) {
  const Date jan4{year, 1, 4};
  const Date monday1 = jan4.AddDays(-jan4.Weekday());
  return monday1.AddDays(int64_t{7} * (week - 1));
}

int IsoWeeksInYear(int year) { return IsoWeekOf(Date{year, 12, 28}).week; }

Date AddMonths(const Date& d, int months) {
  int64_t total = int64_t{d.year} * 12 + (d.month - 1) + months;
  int year = static_cast<int>(total >= 0 ? total / 12 : -((-total + 11) / 12));
  int month = static_cast<int>(total - int64_t{year} * 12) + 1;
  int day = std::min(d.day, DaysInMonth(year, month));
  return Date{year, month, day};
}

Date EasterSunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date{y, month, day};
}

Date Thanksgiving(int y) {
  Date d{y, 11, 1};
  const int first_thursday = 1 + (3 - d.Weekday() + 7) % 7;
  return Date{y, 11, first_thursday + 21};
}

void FillFeast(Sem& s) {
  if (s.feast.empty() || s.year == kUnset || s.bc || s.year < 1583 || s.year > 9999) return;
  Date d;
  if (s.feast == "THANKSGIVING") {
    d = Thanksgiving(s.year);
  } else if (s.feast.starts_with("EASTER")) {
    int offset = 0;
    if (s.feast.size() > 6) offset = std::atoi(s.feast.c_str() + 6);
    d = EasterSunday(s.year).AddDays(offset);
  } else {
    return;
  }
  s.month = d.month;
  s.day = d.day;
}

namespace {

// FormatCalendar's output in the caller's buffer (at most 14 parts of <= 11 bytes), copied
// into a string once; the cursor lives apart from the bytes so it can stay in a register.
class ValueBuf {
 public:
  explicit ValueBuf(char* buf) : begin_(buf), p_(buf) {}
  void append(const char* p, size_t len) {
    std::memcpy(p_, p, len);
    p_ += len;
  }
  ValueBuf& operator+=(std::string_view s) {
    append(s.data(), s.size());
    return *this;
  }
  ValueBuf& operator=(std::string_view s) {
    p_ = begin_;
    return *this += s;
  }
  std::string str() const { return std::string(begin_, p_); }
  char* end() const { return p_; }
  void set_end(char* p) { p_ = p; }

 private:
  char* const begin_;
  char* p_;
};

// AppendNum's general case (large values; negative ones as 0) at `p`; returns the new end.
char* AppendNumSlow(char* p, int v, int width) {
  char buf[12];
  const char* const end = std::to_chars(buf, buf + sizeof buf, v < 0 ? 0 : v).ptr;
  for (int k = static_cast<int>(end - buf); k < width; ++k) *p++ = '0';
  std::memcpy(p, buf, static_cast<size_t>(end - buf));
  return p + (end - buf);
}

// "00".."99", for writing two digits at a time.
constexpr char kTwoDigits[] =
    "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243"
    "4445464748495051525354555657585960616263646566676869707172737475767778798081828384858687"
    "888990919293949596979899";

// Appends `v` with at least `width` digits (no sign; negative values are written as 0).
// Years, months, days and times are inlined at each call (`width` is a constant there).
[[gnu::always_inline]] inline void AppendNum(ValueBuf& out, int v, int width) {
  if (static_cast<unsigned>(v) >= 10000u || width > 4)
    return out.set_end(AppendNumSlow(out.end(), v, width));
  const unsigned u = static_cast<unsigned>(v);
  int n = u >= 1000 ? 4 : u >= 100 ? 3 : u >= 10 ? 2 : 1;
  if (n < width) n = width;
  char* const o = out.end();
  out.set_end(o + n);
  if (n == 1) {
    o[0] = static_cast<char>('0' + u);
    return;
  }
  // Two digits at a time, after the hundreds (none, one or two digits).
  const unsigned hi = u / 100, lo = u % 100;
  if (n == 3) o[0] = static_cast<char>('0' + hi);
  if (n == 4) std::memcpy(o, kTwoDigits + 2 * hi, 2);
  std::memcpy(o + n - 2, kTwoDigits + 2 * lo, 2);
}

}  // namespace

std::string FormatCalendar(const Sem& s) {
  char buf[192];
  ValueBuf out(buf);
  if (s.century != kUnset) {
    if (s.bc) out += "BC";
    AppendNum(out, s.century, 2);
    return out.str();
  }
  if (s.decade != kUnset) {
    if (s.bc) out += "BC";
    AppendNum(out, s.decade, 3);
    return out.str();
  }
  const bool has_date = s.year != kUnset || s.HasDateFields() || s.weekday;
  if (has_date) {
    if (s.year == kUnset || s.year < 0 || s.year > 9999) {
      out = "XXXX";
    } else {
      if (s.bc) out += "BC";
      AppendNum(out, s.year, 4);
    }
    if (s.week) {
      out += "-W";
      AppendNum(out, s.week, 2);
      if (s.weekend) out += "-WE";
    } else if (s.weekend) {
      out += "-WXX-WE";
    } else if (s.half) {
      out += "-H";
      AppendNum(out, s.half, 1);
    } else if (s.quarter) {
      out += "-Q";
      AppendNum(out, s.quarter, 1);
    } else if (s.season != Season::kNone) {
      out += "-";
      out += SeasonCode(s.season);
    } else if (s.month) {
      out += "-";
      AppendNum(out, s.month, 2);
      if (s.day) {
        out += "-";
        AppendNum(out, s.day, 2);
      }
    } else if (s.day) {
      out += "-XX-";
      AppendNum(out, s.day, 2);
    } else if (s.weekday) {
      out += "-WXX-";
      AppendNum(out, s.weekday, 1);
    } else if (s.HasTime()) {
      out += "-XX-XX";
    }
  } else if (s.HasTime()) {
    out = "XXXX-XX-XX";
  }
  if (s.hour >= 0) {
    out += "T";
    AppendNum(out, s.hour, 2);
    out += ":";
    AppendNum(out, s.minute < 0 ? 0 : s.minute, 2);
    if (s.second >= 0) {
      out += ":";
      AppendNum(out, s.second, 2);
    }
    if (s.tz != kUnset) {
      if (s.tz == 0) {
        out += "Z";
      } else {
        const int a = s.tz < 0 ? -s.tz : s.tz;
        out += s.tz < 0 ? "-" : "+";
        AppendNum(out, a / 60, 2);
        if (a % 60) {
          out += ":";
          AppendNum(out, a % 60, 2);
        }
      }
    }
  } else if (s.part != Daypart::kNone) {
    out += "T";
    out += DaypartCode(s.part);
  }
  return out.str();
}

namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int& v) {
  if (pos + n > s.size()) return false;
  v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  return true;
}

}  // namespace

bool ValueInterval(std::string_view v, Date& first, Date& last) {
  int year = 0;
  if (v.size() == 2 && Digits(v, 0, 2, year)) {  // century
    first = {year * 100, 1, 1};
    last = {year * 100 + 99, 12, 31};
    return true;
  }
  if (v.size() == 3 && Digits(v, 0, 3, year)) {  // decade
    first = {year * 10, 1, 1};
    last = {year * 10 + 9, 12, 31};
    return true;
  }
  if (!Digits(v, 0, 4, year)) return false;
  first = {year, 1, 1};
  last = {year, 12, 31};
  if (v.size() == 4) return true;
  if (v[4] != '-') return true;  // "2025T..." is not written; treat as the year
  std::string_view rest = v.substr(5);
  int n = 0;
  if (rest.size() >= 3 && rest[0] == 'W' && Digits(rest, 1, 2, n) && n >= 1 && n <= 53) {
    first = MondayOfIsoWeek(year, n);
    last = first.AddDays(6);
    if (rest.size() >= 6 && rest.substr(3, 3) == "-WE") first = first.AddDays(5);
    return true;
  }
  if (rest.size() >= 2 && rest[0] == 'Q' && Digits(rest, 1, 1, n) && n >= 1 && n <= 4) {
    first = {year, 3 * n - 2, 1};
    last = {year, 3 * n, DaysInMonth(year, 3 * n)};
    return true;
  }
  if (rest.size() >= 2 && rest[0] == 'H' && Digits(rest, 1, 1, n) && n >= 1 && n <= 2) {
    first = {year, 6 * n - 5, 1};
    last = {year, 6 * n, DaysInMonth(year, 6 * n)};
    return true;
  }
  if (rest.size() >= 2 && rest[0] >= 'A' && rest[0] <= 'Z') {
    std::string_view code = rest.substr(0, 2);
    if (code == "SP") {
      first = {year, 3, 20};
      last = {year, 6, 20};
      return true;
    }
    if (code == "SU") {
      first = {year, 6, 21};
      last = {year, 9, 22};
      return true;
    }
    if (code == "FA") {
      first = {year, 9, 23};
      last = {year, 12, 20};
      return true;
    }
    if (code == "WI") {
      first = {year, 12, 21};
      last = {year + 1, 3, 19};
      return true;
    }
    return true;
  }
  if (!Digits(rest, 0, 2, n) || n < 1 || n > 12) return true;
  first = {year, n, 1};
  last = {year, n, DaysInMonth(year, n)};
  if (rest.size() >= 5 && rest[2] == '-') {
    int day = 0;
    if (Digits(rest, 3, 2, day) && day >= 1 && day <= DaysInMonth(year, n)) {
      first = last = Date{year, n, day};
    }
  }
  return true;
}

}  // namespace tri::timex
