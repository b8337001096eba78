// Calendar dates and date-times without any clock: triangulate never asks the system for "now";
// everything relative is resolved against a document's own date, passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tri {

struct Date {
  int year = 0;   // proleptic Gregorian, may be <= 0 (astronomical numbering)
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const;
  // Days since 1970-01-01 (negative before). Requires valid().
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  // 0 = Monday ... 6 = Sunday (ISO 8601).
  int Weekday() const;
  // "YYYY-MM-DD" (years outside 0..9999 get a sign and at least 4 digits).
  std::string ToIso() const;
  // Parses "YYYY-MM-DD" exactly; nullopt on anything else or an impossible date.
  static std::optional<Date> ParseIso(std::string_view s);
  friend auto operator<=>(const Date&, const Date&) = default;
};

int DaysInMonth(int year, int month);

struct DateTime {
  Date date;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  std::optional<int> utc_offset_minutes;  // known offset, e.g. +60 for CET

  // ISO 8601: "2025-10-27" (date only), "2025-10-27T14:11:00" (no offset) or
  // "2025-10-27T14:11:00+01:00".
  std::string ToIso() const;
  // Accepts the forms ToIso() writes plus "Z", fractional seconds, "+0100" and a space for "T".
  static std::optional<DateTime> ParseIso(std::string_view s);
  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// Central European offset (minutes) for a local civil time in Germany: +120 in summer time
// (last Sunday of March 02:00 to last Sunday of October 03:00), +60 otherwise.
int CentralEuropeanOffsetMinutes(const Date& date, int hour);

}  // namespace tri
