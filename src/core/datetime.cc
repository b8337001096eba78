#include "core/datetime.h"

#include <charconv>
#include <cstdio>

namespace tri {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool Date::valid() const {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month) &&
         year > -100000 && year < 100000;
}

int64_t Date::ToDays() const { return DaysFromCivil(year, month, day); }

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::Weekday() const {
  const int64_t days = ToDays();  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string Date::ToIso() const {
  char buf[32];
  if (year >= 0 && year <= 9999) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buf, sizeof buf, "%+05d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<Date> Date::ParseIso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Date d;
  if (!ParseInt(s.substr(0, 4), d.year) || !ParseInt(s.substr(5, 2), d.month) ||
      !ParseInt(s.substr(8, 2), d.day) || !d.valid()) {
    return std::nullopt;
  }
  return d;
}

std::string DateTime::ToIso() const {
  std::string out = date.ToIso();
  if (!has_time) return out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  out += buf;
  if (utc_offset_minutes) {
    const int off = *utc_offset_minutes;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", off < 0 ? '-' : '+', (off < 0 ? -off : off) / 60,
                  (off < 0 ? -off : off) % 60);
    out += buf;
  }
  return out;
}

std::optional<DateTime> DateTime::ParseIso(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  if (s.size() < 10) return std::nullopt;
  auto date = Date::ParseIso(s.substr(0, 10));
  if (!date) return std::nullopt;
  DateTime dt;
  dt.date = *date;
  s.remove_prefix(10);
  if (s.empty()) return dt;
  if (s[0] != 'T' && s[0] != ' ') return std::nullopt;
  s.remove_prefix(1);
  if (s.size() < 5 || s[2] != ':') return std::nullopt;
  if (!ParseInt(s.substr(0, 2), dt.hour) || !ParseInt(s.substr(3, 2), dt.minute))
    return std::nullopt;
  s.remove_prefix(5);
  if (s.size() >= 3 && s[0] == ':') {
    if (!ParseInt(s.substr(1, 2), dt.second)) return std::nullopt;
    s.remove_prefix(3);
    if (!s.empty() && (s[0] == '.' || s[0] == ',')) {
      size_t i = 1;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      s.remove_prefix(i);
    }
  }
  if (dt.hour > 24 || dt.minute > 59 || dt.second > 60) return std::nullopt;
  dt.has_time = true;
  if (s.empty()) return dt;
  if (s == "Z" || s == "z") {
    dt.utc_offset_minutes = 0;
    return dt;
  }
  if (s[0] != '+' && s[0] != '-') return std::nullopt;
  const int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  int hh = 0, mm = 0;
  if (s.size() == 5 && s[2] == ':') {
    if (!ParseInt(s.substr(0, 2), hh) || !ParseInt(s.substr(3, 2), mm)) return std::nullopt;
  } else if (s.size() == 4) {
    if (!ParseInt(s.substr(0, 2), hh) || !ParseInt(s.substr(2, 2), mm)) return std::nullopt;
  } else if (s.size() == 2) {
    if (!ParseInt(s, hh)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (hh > 14 || mm > 59) return std::nullopt;
  dt.utc_offset_minutes = sign * (hh * 60 + mm);
  return dt;
}

int CentralEuropeanOffsetMinutes(const Date& date, int hour) {
  auto last_sunday = [](int year, int month) {
    Date d{year, month, DaysInMonth(year, month)};
    return d.day - ((d.Weekday() + 1) % 7);  // Weekday 6 = Sunday
  };
  const int march = last_sunday(date.year, 3);
  const int october = last_sunday(date.year, 10);
  const bool after_start =
      date.month > 3 || (date.month == 3 && (date.day > march || (date.day == march && hour >= 2)));
  const bool before_end =
      date.month < 10 ||
      (date.month == 10 && (date.day < october || (date.day == october && hour < 3)));
  return after_start && before_end ? 120 : 60;
}

}  // namespace tri
