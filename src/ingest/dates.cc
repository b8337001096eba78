// Ingest date functions (dates.h): dates found in text, machine dates, dates in URLs and the
// Berlin-time conventions, built on the pieces in dates_pieces.cc.
#include "ingest/dates.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "ingest/dates_internal.h"
#include "ingest/text_util.h"

namespace tri::ingest {

using namespace dates_detail;  // NOLINT: the parsing pieces

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
