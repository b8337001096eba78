// Helpers shared by the resolver's files (resolve.cc: calendar values and the entry point;
// resolve_relative.cc: offsets and weekdays). Internal to the time stage.
#pragma once

#include "annotate/time/resolve.h"
#include "annotate/time/sem.h"
#include "core/datetime.h"

namespace tri::timex {

// Coarse-to-fine rank of a granularity; used to stop an offset from claiming more precision
// than its base has ("zwei Tage später" after "Mai 1940" stays a month).
inline int Rank(Unit u) {
  switch (u) {
    case Unit::kCentury:
      return 0;
    case Unit::kDecade:
      return 1;
    case Unit::kYear:
      return 2;
    case Unit::kHalfYear:
      return 3;
    case Unit::kQuarter:
      return 4;
    case Unit::kMonth:
      return 5;
    case Unit::kWeek:
    case Unit::kWeekend:
      return 6;
    case Unit::kDay:
      return 7;
    default:
      return 8;
  }
}

inline int ToAstronomical(int year, bool bc) { return bc ? 1 - year : year; }

inline void FromAstronomical(int astro, Sem& s) {
  if (astro <= 0) {
    s.year = 1 - astro;
    s.bc = true;
  } else {
    s.year = astro;
    s.bc = false;
  }
}

inline void CopyOverlays(const Sem& from, Sem& to) {
  to.part = from.part;
  to.hour = from.hour;
  to.minute = from.minute;
  to.second = from.second;
  to.tz = from.tz;
  to.mod = from.mod;
  to.type = from.type;
}

// The period FormatCalendar(s with year y) names, as ValueInterval reads it back, for the
// shapes year-less news dates almost always have (a month, a month and day, a bare day or
// weekday, a season, quarter or half): 1 with the interval, 0 when the value names none, -1
// for the other shapes (the caller formats and parses). Saves building and parsing three
// strings per year-less date; calendar_test checks that both routes agree.
int CandidateInterval(const Sem& s, int y, Date& first, Date& last);

// Most values have no mod: skips assigning an empty string (which is not free) to the
// resolution's fresh, empty one.
inline void SetMod(const Sem& s, Resolution& r) {
  if (!s.mod.empty()) r.mod = s.mod;
}

inline bool InvalidYear(const Sem& s) { return s.year != kUnset && (s.year <= 0 || s.year > 9999); }

}  // namespace tri::timex
