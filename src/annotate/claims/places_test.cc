#include "annotate/claims/places.h"

#include <gtest/gtest.h>

namespace tri::claims {
namespace {

TEST(Gazetteer, ParsesAndRelates) {
  auto g = Gazetteer::Parse(
      "m49:1\t\tcontinent\tOstland|adj:ostländisch\n"
      "AA\tm49:1\tcountry\tAlpha|Alphaland|adj:alphisch\n"
      "BB\tm49:1\tcountry\tBeta\n"
      "geo:1\tAA\tcapital\tAlphastadt\n"
      "geo:2\tBB\tcity\tBetadorf|Neu Beta\n"
      "loc:r\tAA\tregion\tAlpharegion\n");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const Gazetteer& gz = **g;
  const int aa = gz.FindId("AA"), cap = gz.FindId("geo:1"), dorf = gz.FindId("geo:2");
  const int region = gz.FindId("loc:r");
  EXPECT_EQ(gz.CapitalOf(aa), cap);
  EXPECT_EQ(gz.Relate(aa, cap), PlaceRelation::kContains);
  EXPECT_EQ(gz.Relate(cap, aa), PlaceRelation::kInside);
  EXPECT_EQ(gz.Relate(cap, dorf), PlaceRelation::kDisjoint);
  EXPECT_EQ(gz.Relate(region, cap), PlaceRelation::kUnknown);    // a region and a city in it?
  EXPECT_EQ(gz.Relate(region, dorf), PlaceRelation::kDisjoint);  // different countries
  std::vector<std::string> keys = {"in", "alphas", "und", "neu", "beta", "alphischen"};
  auto genitive = gz.MatchAt(keys, 1);
  ASSERT_TRUE(genitive.has_value());
  EXPECT_EQ(genitive->place, aa);
  auto two = gz.MatchAt(keys, 3);
  ASSERT_TRUE(two.has_value());
  EXPECT_EQ(two->end, 5u);
  auto adj = gz.MatchAt(keys, 5);
  ASSERT_TRUE(adj.has_value());
  EXPECT_TRUE(adj->adjective);
  EXPECT_FALSE(gz.MatchAt(keys, 0).has_value());
}

TEST(Gazetteer, EmbeddedKnowsCapitalsAndContainment) {
  auto g = Gazetteer::Embedded();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const Gazetteer& gz = **g;
  const auto seoul = gz.Find("seoul"), korea = gz.Find("südkorea"), hanoi = gz.Find("hanoi");
  const auto panmunjom = gz.Find("panmunjom"), asia = gz.Find("asien");
  ASSERT_TRUE(seoul && korea && hanoi && panmunjom && asia);
  EXPECT_EQ(gz.Relate(*korea, *seoul), PlaceRelation::kContains);
  EXPECT_EQ(gz.Relate(*hanoi, *panmunjom), PlaceRelation::kDisjoint);
  EXPECT_EQ(gz.Relate(*asia, *hanoi), PlaceRelation::kContains);
  EXPECT_EQ(gz.CapitalOf(*korea), *seoul);
  EXPECT_EQ(gz.Find("pjöngjang"), gz.Find("pyongyang"));
  EXPECT_EQ(gz.Find("south korea"), korea);
}

TEST(Gazetteer, RejectsBadRows) { EXPECT_FALSE(Gazetteer::Parse("AA\tcountry\tAlpha\n").ok()); }

}  // namespace
}  // namespace tri::claims
