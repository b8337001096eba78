// Calendar arithmetic the resolver needs beyond core/datetime.h: ISO weeks, month arithmetic,
// movable feasts, and writing a filled-in Sem as a TIMEX3 value string.
#pragma once

#include <string>

#include "annotate/time/sem.h"
#include "core/datetime.h"

namespace tri::timex {

struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(const Date& d);
Date MondayOfIsoWeek(int year, int week);  // requires 1 <= week <= 53
int IsoWeeksInYear(int year);

// Adds months, clamping the day to the target month's length.
Date AddMonths(const Date& d, int months);

// Easter Sunday (Gregorian computus); US Thanksgiving (fourth Thursday of November).
Date EasterSunday(int year);
Date Thanksgiving(int year);
// Sets month and day of a Sem with a movable feast once its year is known.
void FillFeast(Sem& s);

// TIMEX3 value of a calendar Sem whose known fields are filled in ("2025-10-27", "1939-09",
// "2025-W44", "1940-SU", "BC0490", "193", "XXXX-10-31", "2025-10-27TEV", "T14:11").
std::string FormatCalendar(const Sem& s);

// Start and end (inclusive) day of the period a TIMEX3 date value names, for comparing and
// sorting ("2025-W44" -> Oct 27..Nov 2; "2025" -> Jan 1..Dec 31). False for values that name
// no calendar period (durations, PRESENT_REF, "XXXX-..." ).
bool ValueInterval(std::string_view value, Date& first, Date& last);

}  // namespace tri::timex
