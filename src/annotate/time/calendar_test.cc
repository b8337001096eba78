#include "annotate/time/calendar.h"

#include <gtest/gtest.h>

#include "annotate/time/resolve.h"
#include "annotate/time/resolve_internal.h"
#include "annotate/time/sem.h"

namespace tri::timex {
namespace {

TEST(CalendarTest, IsoWeeksAcrossYearEnds) {
  EXPECT_EQ(IsoWeekOf(Date{2025, 10, 27}).week, 44);
  const IsoWeek w = IsoWeekOf(Date{2024, 12, 30});  // Monday of 2025-W01
  EXPECT_EQ(w.year, 2025);
  EXPECT_EQ(w.week, 1);
  EXPECT_EQ(IsoWeekOf(Date{2021, 1, 3}).year, 2020);  // Sunday of 2020-W53
  EXPECT_EQ(IsoWeekOf(Date{2021, 1, 3}).week, 53);
  EXPECT_EQ(MondayOfIsoWeek(2025, 44).ToIso(), "2025-10-27");
}

TEST(CalendarTest, MovableFeasts) {
  EXPECT_EQ(EasterSunday(2025).ToIso(), "2025-04-20");
  EXPECT_EQ(EasterSunday(2024).ToIso(), "2024-03-31");
  EXPECT_EQ(Thanksgiving(2025).ToIso(), "2025-11-27");
}

TEST(CalendarTest, ValueIntervals) {
  Date a, b;
  ASSERT_TRUE(ValueInterval("2025-W44", a, b));
  EXPECT_EQ(a.ToIso(), "2025-10-27");
  EXPECT_EQ(b.ToIso(), "2025-11-02");
  ASSERT_TRUE(ValueInterval("2025-10", a, b));
  EXPECT_EQ(b.ToIso(), "2025-10-31");
  ASSERT_TRUE(ValueInterval("2025-10-27TEV", a, b));
  EXPECT_EQ(a, b);
  ASSERT_TRUE(ValueInterval("193", a, b));
  EXPECT_EQ(a.year, 1930);
  EXPECT_FALSE(ValueInterval("P2Y", a, b));
  EXPECT_FALSE(ValueInterval("XXXX-10-31", a, b));
  EXPECT_FALSE(ValueInterval("PRESENT_REF", a, b));
}

// The resolver's shortcut for a year-less date's candidate years must name the same period as
// formatting the value and parsing it back.
TEST(CalendarTest, CandidateIntervalAgreesWithFormattedValue) {
  int checked = 0;
  for (int y : {-5, 0, 1, 999, 1583, 1900, 2000, 2023, 2024, 2025, 2100, 9999, 10000}) {
    for (bool bc : {false, true}) {
      for (int month : {-1, 0, 1, 2, 4, 6, 9, 11, 12, 13, 123}) {
        for (int day : {-1, 0, 1, 9, 15, 28, 29, 30, 31, 32, 99, 123}) {
          for (int extra = 0; extra < 16; ++extra) {
            Sem s;
            s.bc = bc;
            s.month = month;
            s.day = day;
            if (extra == 1) s.weekday = 3;
            if (extra == 2) s.hour = 14, s.minute = 5;
            if (extra == 3) s.part = Daypart::kEvening;
            if (extra == 4) s.week = 12;  // other shapes: left to the string route
            if (extra == 5) s.feast = "EASTER";
            if (extra >= 6 && extra <= 8) s.quarter = extra - 5;
            if (extra == 9) s.quarter = 5;
            if (extra == 10 || extra == 11) s.half = extra - 9;
            if (extra == 12) s.half = 3;
            if (extra == 13) s.season = Season::kWinter;
            if (extra == 14) s.season = Season::kSpring;
            if (extra == 15) s.season = Season::kFall, s.hour = 9;
            Date first, last;
            const int shape = CandidateInterval(s, y, first, last);
            if (extra == 4 || extra == 5 || extra == 9 || extra == 12) EXPECT_EQ(shape, -1);
            if (shape < 0) continue;
            Sem c = s;
            c.year = y;
            Date f2, l2;
            const bool has = ValueInterval(FormatCalendar(c), f2, l2);
            ASSERT_EQ(shape == 1, has) << FormatCalendar(c);
            if (has) {
              EXPECT_EQ(first, f2) << FormatCalendar(c);
              EXPECT_EQ(last, l2) << FormatCalendar(c);
            }
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 20000);
}

TEST(CalendarTest, FormatsPartialValues) {
  Sem s;
  s.month = 10;
  s.day = 31;
  EXPECT_EQ(FormatCalendar(s), "XXXX-10-31");
  s.year = 490;
  s.bc = true;
  s.month = s.day = 0;
  EXPECT_EQ(FormatCalendar(s), "BC0490");
  Sem t;
  t.weekday = 5;
  EXPECT_EQ(FormatCalendar(t), "XXXX-WXX-5");
  // Numbers outside the usual widths: padded, never cut; negative ones written as 0.
  Sem u;
  u.year = 2025;
  u.month = -3;
  EXPECT_EQ(FormatCalendar(u), "2025-00");
  u.month = 7;
  u.day = 123;
  u.hour = 9;
  u.minute = 5;
  u.tz = -(12 * 60 + 30);
  EXPECT_EQ(FormatCalendar(u), "2025-07-123T09:05-12:30");
  Sem c;
  c.century = 12345;
  EXPECT_EQ(FormatCalendar(c), "12345");
  c.century = 7;
  EXPECT_EQ(FormatCalendar(c), "07");
  Sem d;
  d.decade = 5;
  EXPECT_EQ(FormatCalendar(d), "005");
}

TEST(SemTest, EncodeDecodeRoundTripAndReResolve) {
  Sem s;
  s.kind = SemKind::kWeekday;
  s.base = Base::kContext;
  s.weekday = 5;
  s.dir = Dir::kPast;
  s.part = Daypart::kEvening;
  s.type = TimexType::kTime;
  const std::optional<Sem> back = Decode(Encode(s));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(Encode(*back), Encode(s));
  EXPECT_EQ(ResolveAgainst(*back, Date{2025, 10, 27}).value, "2025-10-24TEV");
  EXPECT_FALSE(Decode("k=9;zz=1").has_value());
  EXPECT_FALSE(Decode("garbage").has_value());
}

}  // namespace
}  // namespace tri::timex
