#include "compare/values.h"

#include <gtest/gtest.h>

namespace tri::comparison {
namespace {

const Gazetteer& Gaz() { return **Gazetteer::Embedded(); }

Agreement A(std::string_view slot, std::string_view a, std::string_view b) {
  return CompareValues(Gaz(), slot, a, b).agreement;
}

TEST(Values, PlacesByContainment) {
  const ValueComparison in = CompareValues(Gaz(), "place", "geo:1835848", "KR");  // Seoul, Südkorea
  EXPECT_EQ(in.agreement, Agreement::kCompatible);
  EXPECT_GT(in.specificity, 0);
  EXPECT_NE(in.note.find("inside"), std::string::npos);
  EXPECT_EQ(A("place", "geo:1581130", "loc:panmunjom"), Agreement::kConflict);  // Hanoi
  EXPECT_EQ(A("place", "KR", "KR"), Agreement::kSame);
  EXPECT_EQ(A("place", "KR", "KP"), Agreement::kConflict);
  EXPECT_EQ(A("place", "loc:somewhere", "loc:elsewhere"), Agreement::kConflict);
}

TEST(Values, DatesByGranularity) {
  EXPECT_EQ(A("date", "2019", "2019-02"), Agreement::kCompatible);
  EXPECT_EQ(A("date", "2019", "2018"), Agreement::kConflict);
  EXPECT_EQ(A("date", "2019-02-27", "2019-02-28"), Agreement::kConflict);
  EXPECT_EQ(A("date", "XXXX-10-31", "2025-10-31"), Agreement::kSame);  // unknown year: no conflict
  EXPECT_EQ(A("date", "2025-W44", "2025-10-31"), Agreement::kCompatible);
  EXPECT_EQ(A("date", "2025-W45", "2025-10-31"), Agreement::kConflict);
  EXPECT_GT(CompareValues(Gaz(), "date", "2019-02", "2019").specificity, 0);
}

TEST(Values, NumbersAsIntervals) {
  EXPECT_EQ(A("number", "120..", "150..150"), Agreement::kCompatible);  // at least 120 vs 150
  EXPECT_EQ(A("number", "120..120", "150..150"), Agreement::kConflict);
  EXPECT_EQ(A("number", "2250000..2750000", "2480000..2480000"), Agreement::kCompatible);
  EXPECT_EQ(A("number", "..50", "60..60"), Agreement::kConflict);
  EXPECT_EQ(A("number", "100..100", "101..101"), Agreement::kCompatible);  // rounding tolerance
}

TEST(Values, LikelihoodScaleAndStance) {
  EXPECT_EQ(A("likelihood", "high", "very_low"), Agreement::kConflict);
  EXPECT_EQ(A("likelihood", "high", "low"), Agreement::kConflict);
  EXPECT_EQ(A("likelihood", "high", "medium"), Agreement::kCompatible);
  EXPECT_EQ(A("likelihood", "low", "low"), Agreement::kSame);
  EXPECT_EQ(A("stance", "ready", "no_statement"), Agreement::kConflict);
  EXPECT_EQ(A("stance", "ready", "unwilling"), Agreement::kConflict);
  EXPECT_EQ(A("stance", "ready", "commented"), Agreement::kCompatible);
  EXPECT_EQ(A("stance", "ready", "ready"), Agreement::kSame);
}

}  // namespace
}  // namespace tri::comparison
