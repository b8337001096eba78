#include "annotate/time/calendar.h"

#include <gtest/gtest.h>

#include "annotate/time/resolve.h"
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
