#include "ingest/dates.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "ingest/text_util.h"

namespace tri::ingest {
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

int ExpandYear(int y, size_t digits) { return digits == 2 ? (y < 70 ? 2000 + y : 1900 + y) : y; }

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

}  // namespace

bool PlausiblePublicationDate(const DateTime& dt) {
  return dt.date.valid() && dt.date.year >= 1990 && dt.date.year <= 2100;
}

void AssumeBerlinTime(DateTime& dt) {
  if (dt.has_time && !dt.utc_offset_minutes) {
    dt.utc_offset_minutes = CentralEuropeanOffsetMinutes(dt.date, dt.hour);
  }
}

void ToBerlinTime(DateTime& dt) {
  if (!dt.has_time) return;
  if (!dt.utc_offset_minutes) {
    AssumeBerlinTime(dt);
    return;
  }
  const int64_t utc = dt.date.ToDays() * 1440 + dt.hour * 60 + dt.minute - *dt.utc_offset_minutes;
  // The Berlin offset at that instant: try winter time, keep it if consistent, else summer.
  for (int offset : {60, 120}) {
    const int64_t local = utc + offset;
    const int64_t days = local >= 0 ? local / 1440 : -((-local + 1439) / 1440);
    const Date d = Date::FromDays(days);
    const int minutes = static_cast<int>(local - days * 1440);
    if (CentralEuropeanOffsetMinutes(d, minutes / 60) == offset || offset == 120) {
      dt.date = d;
      dt.hour = minutes / 60;
      dt.minute = minutes % 60;
      dt.utc_offset_minutes = offset;
      return;
    }
  }
}

std::optional<TextDate> FindTextDate(std::string_view text, bool english) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!IsAsciiDigit(c) && !IsAsciiAlpha(c)) continue;
    DateTime dt;
    size_t end = 0;
    if (!ParseDateAt(text, i, english, dt, end)) continue;
    TextDate found;
    found.begin = i;
    // A time after the date: "27.10.2025, 14:11 Uhr", "Oct. 27, 2025 at 2:11 p.m. ET",
    // "27.10.2025 um 14:11", "27.10.2025 | 14:11", "- 14:11".
    size_t p = end;
    for (int guard = 0; guard < 4; ++guard) {
      p = SkipSpaces(text, p);
      if (p < text.size() &&
          (text[p] == ',' || text[p] == '|' || text[p] == '-' || text[p] == '/')) {
        ++p;
        continue;
      }
      if (StartsWithNoCase(text.substr(p), "um ") || StartsWithNoCase(text.substr(p), "at ")) {
        p += 3;
        continue;
      }
      if (StartsWith(text.substr(p), "\xE2\x80\x93") ||
          StartsWith(text.substr(p), "\xE2\x80\xA2") || StartsWith(text.substr(p), "\xC2\xB7")) {
        p += StartsWith(text.substr(p), "\xC2\xB7") ? 2 : 3;
        continue;
      }
      break;
    }
    size_t time_end = 0;
    if (p < text.size() && ParseTime(text, p, dt, time_end)) {
      end = time_end;
    } else {
      // Or a time just before it: "14:11 Uhr, 27.10.2025", "2:11 PM EST, Mon October 27, 2025".
      const size_t from = i > 24 ? i - 24 : 0;
      for (size_t q = from; q < i; ++q) {
        if (!IsAsciiDigit(text[q]) || (q > 0 && IsAsciiDigit(text[q - 1]))) continue;
        DateTime t = dt;
        size_t te = 0;
        if (ParseTime(text, q, t, te) && te <= i) {
          dt = t;
          found.begin = q;
          break;
        }
      }
    }
    found.when = dt;
    found.end = end;
    return found;
  }
  return std::nullopt;
}

std::optional<DateTime> ParseMachineDate(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 64) return std::nullopt;
  if (auto iso = DateTime::ParseIso(s)) return iso;
  // "2025-10-27 14:11:00 +01:00" / "2025-10-27T14:11:00 GMT": date-time, then a zone.
  if (s.size() >= 16 && IsAsciiDigit(s[0]) && s[4] == '-') {
    size_t cut = s.find_first_of(" +-Z", 16);
    if (cut != std::string_view::npos) {
      std::string joined(s.substr(0, cut));
      std::string_view zone = Trim(s.substr(cut));
      if (!zone.empty() && (zone[0] == '+' || zone[0] == '-')) {
        if (auto dt = DateTime::ParseIso(joined + std::string(zone))) return dt;
      }
      if (auto dt = DateTime::ParseIso(joined)) {
        size_t zi = 0;
        std::string z(zone);
        if (auto off = ZoneOffset(z, zi, dt->date)) dt->utc_offset_minutes = *off;
        return dt;
      }
    }
  }
  // Compact "20251027" or "20251027T141100".
  if (s.size() >= 8 && std::all_of(s.begin(), s.begin() + 8, IsAsciiDigit) &&
      (s.size() == 8 || s[8] == 'T')) {
    Date d{std::stoi(std::string(s.substr(0, 4))), std::stoi(std::string(s.substr(4, 2))),
           std::stoi(std::string(s.substr(6, 2)))};
    if (!d.valid()) return std::nullopt;
    DateTime dt;
    dt.date = d;
    return dt;
  }
  // RFC 822 and everything readable: the text scanner, which also takes zones ("GMT", "+0100").
  auto found = FindTextDate(s, /*english=*/true);
  if (!found) return std::nullopt;
  DateTime dt = found->when;
  if (dt.has_time && !dt.utc_offset_minutes) {
    std::string_view rest = Trim(s.substr(found->end));
    if (rest.size() >= 5 && (rest[0] == '+' || rest[0] == '-')) {
      const bool colon = rest[3] == ':';
      auto digit = [&](size_t k) {
        return k < rest.size() && IsAsciiDigit(rest[k]) ? rest[k] - '0' : -1;
      };
      const int h1 = digit(1), h2 = digit(2), m1 = digit(colon ? 4 : 3), m2 = digit(colon ? 5 : 4);
      if (h1 >= 0 && h2 >= 0 && m1 >= 0 && m2 >= 0) {
        const int hh = h1 * 10 + h2, mm = m1 * 10 + m2;
        if (hh <= 14 && mm < 60) dt.utc_offset_minutes = (rest[0] == '-' ? -1 : 1) * (hh * 60 + mm);
      }
    }
  }
  return dt;
}

std::optional<Date> DateFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  const size_t q = p.find_first_of("?#");
  if (q != std::string_view::npos) p = p.substr(0, q);
  for (size_t i = 0; i + 9 < p.size(); ++i) {
    if (p[i] != '/' && p[i] != '-' && p[i] != '_') continue;
    int y = 0, m = 0, d = 0, v = 0;
    size_t k = i + 1;
    const size_t n = ReadNumber(p, k, 8, v);
    if (n == 8) {
      d = v % 100;
      m = (v / 100) % 100;
      y = v / 10000;
      k += 8;
    } else if (n == 4) {
      y = v;
      k += 4;
      if (k >= p.size() || (p[k] != '/' && p[k] != '-')) continue;
      const char sep = p[k];
      if (ReadNumber(p, k + 1, 2, m) != 2 || k + 3 >= p.size() || p[k + 3] != sep) continue;
      if (ReadNumber(p, k + 4, 2, d) != 2) continue;
      k += 6;
    } else {
      continue;
    }
    if (k < p.size() && IsAsciiDigit(p[k])) continue;
    Date date{y, m, d};
    if (date.valid() && y >= 1990 && y <= 2100) return date;
  }
  return std::nullopt;
}

}  // namespace tri::ingest
