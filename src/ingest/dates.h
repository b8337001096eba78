// Date parsing for ingest: machine dates (ISO 8601 variants, RFC 822 from feeds and HTTP,
// compact forms found in meta tags), dates written for readers in German and English ("27.10.2025,
// 14:11 Uhr", "Montag, 3. November 2025", "Oct. 27, 2025, 2:11 PM ET", "27 October 2025"), and
// dates in URL paths (/2025/10/27/). Nothing here consults a clock.
#pragma once

#include <optional>
#include <string_view>

#include "core/datetime.h"

namespace tri::ingest {

// ISO 8601 ("2025-10-27", "2025-10-27T14:11", "...:00.000Z", "+0100", space for 'T',
// "2025-10-27 14:11:00 +01:00"), RFC 822/1123 ("Mon, 27 Oct 2025 14:11:00 +0100", "GMT",
// "CET"), "2025/10/27", "20251027", "27.10.2025 14:11". Nullopt for anything else or an
// impossible date.
std::optional<DateTime> ParseMachineDate(std::string_view s);

// A date found in running text: where it is and what it says.
struct TextDate {
  DateTime when;
  size_t begin = 0, end = 0;  // byte range of the date (and time) in the searched text
  bool has_year = true;
};

// Finds the first day-precise date in `text` ("27.10.2025", "3. November 2025", "Oct. 27,
// 2025", "27 October 2025", "2025-10-27"; a time right before or after it is taken along,
// with a zone abbreviation when written). `english` decides "10/27/2025" (month first) vs
// "27/10/2025". Year-only and month-only mentions are never dates here.
std::optional<TextDate> FindTextDate(std::string_view text, bool english);

// /2025/10/27/, /2025-10-27/, /20251027/ in a URL path; nullopt otherwise.
std::optional<Date> DateFromUrl(std::string_view url);

// Gives a local time without an offset the German civil offset (+01:00 / +02:00).
void AssumeBerlinTime(DateTime& dt);

// Expresses a date-time that has an offset in German civil time (same instant, Berlin wall
// clock), so a German page's "2025-10-26T23:30:00Z" is dated 2025-10-27 as its readers see it.
// Local times without an offset get the Berlin offset (AssumeBerlinTime).
void ToBerlinTime(DateTime& dt);

// Plausible as a publication date: years 1990..2100.
bool PlausiblePublicationDate(const DateTime& dt);

}  // namespace tri::ingest
