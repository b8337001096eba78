#include "core/datetime.h"

#include <gtest/gtest.h>

namespace tri {
namespace {

TEST(DateTest, DaysRoundTripAndWeekday) {
  const Date d{2025, 10, 27};
  EXPECT_EQ(Date::FromDays(d.ToDays()), d);
  EXPECT_EQ(d.Weekday(), 0);  // a Monday
  EXPECT_EQ((Date{2025, 10, 31}).Weekday(), 4);
  EXPECT_EQ(d.AddDays(5).ToIso(), "2025-11-01");
  EXPECT_EQ((Date{2024, 2, 28}).AddDays(1).ToIso(), "2024-02-29");
  EXPECT_EQ((Date{1970, 1, 1}).ToDays(), 0);
}

TEST(DateTest, Validity) {
  EXPECT_FALSE((Date{2025, 2, 31}).valid());
  EXPECT_TRUE((Date{2024, 2, 29}).valid());
  EXPECT_FALSE((Date{2025, 2, 29}).valid());
  EXPECT_FALSE((Date{2025, 13, 1}).valid());
  EXPECT_FALSE(Date::ParseIso("2025-02-31"));
  EXPECT_EQ(Date::ParseIso("2019-06-30")->ToIso(), "2019-06-30");
}

TEST(DateTimeTest, ParsesAndWritesIso) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"2025-10-27T14:11:00+01:00", "2025-10-27T14:11:00+01:00"},
      {"2025-10-27T14:11:00Z", "2025-10-27T14:11:00+00:00"},
      {"2025-10-27 14:11", "2025-10-27T14:11:00"},
      {"2025-10-27T14:11:05.123+0200", "2025-10-27T14:11:05+02:00"},
      {"2025-10-27", "2025-10-27"},
  };
  for (const auto& c : cases) {
    auto dt = DateTime::ParseIso(c.in);
    ASSERT_TRUE(dt) << c.in;
    EXPECT_EQ(dt->ToIso(), c.out) << c.in;
  }
  EXPECT_FALSE(DateTime::ParseIso("27.10.2025"));
  EXPECT_FALSE(DateTime::ParseIso("2025-10-27T25:00"));
  EXPECT_FALSE(DateTime::ParseIso("2025-10-27Tfoo"));
}

TEST(DateTimeTest, CentralEuropeanSummerTime) {
  EXPECT_EQ(CentralEuropeanOffsetMinutes({2025, 10, 27}, 14), 60);  // day after the switch
  EXPECT_EQ(CentralEuropeanOffsetMinutes({2025, 10, 25}, 14), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes({2025, 3, 30}, 1), 60);
  EXPECT_EQ(CentralEuropeanOffsetMinutes({2025, 3, 30}, 3), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes({2025, 1, 15}, 12), 60);
}

}  // namespace
}  // namespace tri
