// The pieces written dates are read from: month names in five languages, numbers, spaces,
// times of day with zone abbreviations, and one German or English date at a position
// (dates_internal.h). dates.cc builds the ingest date functions on them.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "ingest/dates_internal.h"
#include "ingest/text_util.h"

namespace tri::ingest::dates_detail {
namespace {

struct MonthName {
  std::string_view name;  // lower case
  int month;
};

// German, English, French, Spanish, Italian month names and abbreviations (lower case).
// Longer names first so "march" wins over "mar".
constexpr MonthName kMonths[] = {
    {"januar", 1},     {"jänner", 1},    {"january", 1},   {"janvier", 1},    {"enero", 1},
    {"gennaio", 1},    {"februar", 2},   {"february", 2},  {"feber", 2},      {"février", 2},
    {"febrero", 2},    {"febbraio", 2},  {"märz", 3},      {"maerz", 3},      {"march", 3},
    {"mars", 3},       {"marzo", 3},     {"april", 4},     {"avril", 4},      {"abril", 4},
    {"aprile", 4},     {"mai", 5},       {"may", 5},       {"mayo", 5},       {"maggio", 5},
    {"juni", 6},       {"june", 6},      {"juin", 6},      {"junio", 6},      {"giugno", 6},
    {"juli", 7},       {"july", 7},      {"juillet", 7},   {"julio", 7},      {"luglio", 7},
    {"august", 8},     {"août", 8},      {"agosto", 8},    {"september", 9},  {"septembre", 9},
    {"septiembre", 9}, {"settembre", 9}, {"oktober", 10},  {"october", 10},   {"octobre", 10},
    {"octubre", 10},   {"ottobre", 10},  {"november", 11}, {"novembre", 11},  {"noviembre", 11},
    {"dezember", 12},  {"december", 12}, {"décembre", 12}, {"diciembre", 12}, {"dicembre", 12},
    {"sept", 9},       {"jan", 1},       {"feb", 2},       {"mär", 3},        {"mrz", 3},
    {"mar", 3},        {"apr", 4},       {"jun", 6},       {"jul", 7},        {"aug", 8},
    {"sep", 9},        {"okt", 10},      {"oct", 10},      {"nov", 11},       {"dez", 12},
    {"dec", 12}};

// Matches a month name at s[i] (followed by a non-letter); returns its length.
size_t MatchMonth(std::string_view s, size_t i, int& month) {
  for (const MonthName& m : kMonths) {
    if (s.size() - i < m.name.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < m.name.size() && ok; ++k) ok = AsciiLowerChar(s[i + k]) == m.name[k];
    if (!ok) continue;
    const size_t e = i + m.name.size();
    if (e < s.size() && (IsAsciiAlpha(s[e]) || static_cast<unsigned char>(s[e]) >= 0x80)) continue;
    month = m.month;
    return m.name.size();
  }
  return 0;
}
int ExpandYear(int y, size_t digits) { return digits == 2 ? (y < 70 ? 2000 + y : 1900 + y) : y; }

}  // namespace

// Reads 1..max digits at s[i]; returns count (0 if none) and the value.
size_t ReadNumber(std::string_view s, size_t i, size_t max, int& value) {
  size_t k = 0;
  value = 0;
  while (i + k < s.size() && k < max && IsAsciiDigit(s[i + k])) {
    value = value * 10 + (s[i + k] - '0');
    ++k;
  }
  if (i + k < s.size() && IsAsciiDigit(s[i + k])) return 0;  // longer number than allowed
  return k;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  for (;;) {
    if (i < s.size() && IsAsciiSpace(s[i])) {
      ++i;
    } else if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
               static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;
    } else {
      return i;
    }
  }
}

// Zone abbreviations written after times; minutes east of UTC. "ET"/"PT" follow US DST.
std::optional<int> ZoneOffset(std::string_view s, size_t& i, const Date& date) {
  static constexpr std::pair<std::string_view, int> kZones[] = {
      {"cest", 120}, {"mesz", 120}, {"cet", 60},   {"mez", 60},   {"bst", 60},
      {"gmt", 0},    {"utc", 0},    {"edt", -240}, {"est", -300}, {"cdt", -300},
      {"cst", -360}, {"pdt", -420}, {"pst", -480}, {"et", 1000},  {"pt", 1001}};
  const size_t start = SkipSpaces(s, i);
  for (const auto& [name, minutes] : kZones) {
    if (s.size() - start < name.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < name.size() && ok; ++k) ok = AsciiLowerChar(s[start + k]) == name[k];
    const size_t e = start + name.size();
    if (!ok || (e < s.size() && IsAsciiAlpha(s[e]))) continue;
    i = e;
    if (minutes < 1000) return minutes;
    // US daylight time: second Sunday of March to first Sunday of November.
    const int march_sunday = 8 + (6 - Date{date.year, 3, 8}.Weekday() + 7) % 7;
    const int nov_sunday = 1 + (6 - Date{date.year, 11, 1}.Weekday() + 7) % 7;
    const bool dst = (date.month > 3 || (date.month == 3 && date.day >= march_sunday)) &&
                     (date.month < 11 || (date.month == 11 && date.day < nov_sunday));
    return (minutes == 1000 ? -300 : -480) + (dst ? 60 : 0);
  }
  return std::nullopt;
}

// A time of day at s[i]: "14:11", "14:11:05", "14.11 Uhr", "2:11 PM", "2:11 p.m.", "14 Uhr".
// Sets `end` past it (and a zone abbreviation, filling the offset).
bool ParseTime(std::string_view s, size_t i, DateTime& dt, size_t& end) {
  int h = 0, m = 0, sec = 0;
  size_t n = ReadNumber(s, i, 2, h);
  if (n == 0 || (i > 0 && IsAsciiDigit(s[i - 1]))) return false;
  size_t k = i + n;
  bool sep_colon = false;
  if (k + 2 < s.size() + 1 && k < s.size() && (s[k] == ':' || s[k] == '.' || s[k] == 'h')) {
    sep_colon = s[k] == ':';
    if (ReadNumber(s, k + 1, 2, m) != 2) return false;
    k += 3;
    if (k < s.size() && s[k] == ':' && ReadNumber(s, k + 1, 2, sec) == 2) k += 3;
  } else {
    m = -1;  // "14 Uhr" only
  }
  size_t after = SkipSpaces(s, k);
  bool marked = false;
  auto lower_at = [&](size_t p, std::string_view w) {
    if (s.size() - p < w.size()) return false;
    for (size_t q = 0; q < w.size(); ++q) {
      if (AsciiLowerChar(s[p + q]) != w[q]) return false;
    }
    const size_t e = p + w.size();
    return e >= s.size() || !IsAsciiAlpha(s[e]);
  };
  if (lower_at(after, "uhr")) {
    k = after + 3;
    marked = true;
  } else if (lower_at(after, "am") || lower_at(after, "a.m.") || lower_at(after, "pm") ||
             lower_at(after, "p.m.")) {
    const bool pm = AsciiLowerChar(s[after]) == 'p';
    if (h < 1 || h > 12) return false;
    h = (h % 12) + (pm ? 12 : 0);
    k = after + (s[after + 1] == '.' ? 4 : 2);
    marked = true;
  }
  if (m < 0) {
    if (!marked) return false;
    m = 0;
  }
  if (h > 23 || m > 59 || sec > 59) return false;
  const std::optional<int> zone = ZoneOffset(s, k, dt.date);
  if (!marked && !sep_colon && !zone) return false;  // "14.11" alone is too ambiguous
  dt.has_time = true;
  dt.hour = h;
  dt.minute = m;
  dt.second = sec;
  if (zone) dt.utc_offset_minutes = *zone;
  end = k;
  return true;
}

// A date starting exactly at s[i]; fills dt.date and end.
bool ParseDateAt(std::string_view s, size_t i, bool english, DateTime& dt, size_t& end) {
  int a = 0, b = 0, y = 0, month = 0;
  if (IsAsciiDigit(s[i])) {
    if (i > 0 && (IsAsciiDigit(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '/')) return false;
    size_t n = ReadNumber(s, i, 4, a);
    if (n == 0) return false;
    size_t k = i + n;
    if (n == 4 && k + 5 < s.size() + 1 && k < s.size() && (s[k] == '-' || s[k] == '/')) {
      const char sep = s[k];  // ISO 2025-10-27 or 2025/10/27
      if (ReadNumber(s, k + 1, 2, b) != 2 || k + 3 >= s.size() || s[k + 3] != sep) return false;
      int d = 0;
      if (ReadNumber(s, k + 4, 2, d) != 2) return false;
      dt.date = {a, b, d};
      end = k + 6;
      return dt.date.valid();
    }
    if (n > 2) return false;
    if (k < s.size() && (s[k] == '.' || s[k] == '/')) {
      const char sep = s[k];
      size_t p = SkipSpaces(s, k + 1);
      size_t m = ReadNumber(s, p, 2, b);
      if (m > 0 && p + m < s.size() && s[p + m] == sep) {  // 27.10.2025, 10/27/2025
        size_t q = SkipSpaces(s, p + m + 1);
        size_t yn = ReadNumber(s, q, 4, y);
        if (yn != 4 && yn != 2) return false;
        y = ExpandYear(y, yn);
        if (sep == '/' && english) std::swap(a, b);
        if (sep == '/' && b > 12 && a <= 12) std::swap(a, b);
        dt.date = {y, b, a};
        end = q + yn;
        return dt.date.valid();
      }
    }
    // "3. November 2025", "27 October 2025", "3 de noviembre de 2025"
    size_t p = k;
    if (p < s.size() && s[p] == '.') ++p;
    p = SkipSpaces(s, p);
    if (StartsWithNoCase(s.substr(p), "de ")) p = SkipSpaces(s, p + 3);
    size_t mlen = MatchMonth(s, p, month);
    if (mlen == 0) return false;
    p += mlen;
    if (p < s.size() && s[p] == '.') ++p;
    p = SkipSpaces(s, p);
    if (p < s.size() && s[p] == ',') p = SkipSpaces(s, p + 1);
    if (StartsWithNoCase(s.substr(p), "de ")) p = SkipSpaces(s, p + 3);
    size_t yn = ReadNumber(s, p, 4, y);
    if (yn != 4) return false;
    dt.date = {y, month, a};
    end = p + 4;
    return dt.date.valid();
  }
  // "Oct. 27, 2025", "October 27th 2025"
  if (i > 0 && (IsAsciiAlpha(s[i - 1]) || static_cast<unsigned char>(s[i - 1]) >= 0x80))
    return false;
  size_t mlen = MatchMonth(s, i, month);
  if (mlen == 0) return false;
  size_t p = i + mlen;
  if (p < s.size() && s[p] == '.') ++p;
  p = SkipSpaces(s, p);
  size_t dn = ReadNumber(s, p, 2, a);
  if (dn == 0) return false;
  p += dn;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (StartsWithNoCase(s.substr(p), suffix)) {
      p += 2;
      break;
    }
  }
  if (p < s.size() && s[p] == ',') ++p;
  p = SkipSpaces(s, p);
  if (ReadNumber(s, p, 4, y) != 4) return false;
  dt.date = {y, month, a};
  end = p + 4;
  return dt.date.valid();
}

}  // namespace tri::ingest::dates_detail
