// Our SpkAtt scorer on hand-made annotations: assignment, per-role macro P/R, splits.
#include "spkatt/score.h"

#include <gtest/gtest.h>

namespace tri::spkatt {
namespace {

Group G(std::vector<int> msg, std::vector<int> cue, std::vector<int> src,
        std::string form = "Indirect") {
  Group g;
  g.roles[kMessage] = std::move(msg);
  g.roles[kCue] = std::move(cue);
  g.roles[kSource] = std::move(src);
  g.form = std::move(form);
  g.stwr = "Speech";
  return g;
}

TEST(SpkattScoreTest, AssignmentFindsTheOptimum) {
  // Greedy would take 0.9 (0->0) and then 0.1; the optimum pairs 0->1 and 1->0.
  std::vector<int> a = MaxAssignment({{0.9, 0.8}, {0.7, 0.1}});
  EXPECT_EQ(a, (std::vector<int>{1, 0}));
  std::vector<int> wide = MaxAssignment({{0.1, 0.0, 0.5}});
  EXPECT_EQ(wide, (std::vector<int>{2}));
  std::vector<int> tall = MaxAssignment({{0.1}, {0.6}, {0.2}});
  EXPECT_EQ(tall, (std::vector<int>{-1, 0, -1}));
}

TEST(SpkattScoreTest, PerfectPredictionScoresOne) {
  Scorer s;
  std::vector<Group> gold = {G({3, 4, 5}, {1}, {0}), G({10, 11}, {9}, {8}, "Direct")};
  s.AddDocument(gold, gold);
  Scores r = s.Finish();
  EXPECT_DOUBLE_EQ(r.joint.f, 1.0);
  EXPECT_DOUBLE_EQ(r.per_role[kCue].f, 1.0);
  EXPECT_DOUBLE_EQ(r.simple_joint.f, 1.0);
}

TEST(SpkattScoreTest, PartialAndMissedAnnotations) {
  Scorer s;
  // Gold: two annotations. System: one with half of the first message and a wrong source,
  // plus one spurious annotation.
  std::vector<Group> gold = {G({3, 4, 5, 6}, {1}, {0}), G({20, 21}, {19}, {18})};
  std::vector<Group> sys = {G({3, 4}, {1}, {2}), G({30}, {}, {})};
  s.AddDocument(sys, gold);
  Scores r = s.Finish();
  // Messages: pairs (g0,s0): P 1 R .5; (g1,s1) paired with no overlap: P 0 R 0.
  EXPECT_DOUBLE_EQ(r.message.p, 0.5);
  EXPECT_DOUBLE_EQ(r.message.r, 0.25);
  // Cue: (g0,s0) P 1 R 1; (g1,s1): only recall defined, 0.
  EXPECT_DOUBLE_EQ(r.per_role[kCue].p, 1.0);
  EXPECT_DOUBLE_EQ(r.per_role[kCue].r, 0.5);
  EXPECT_DOUBLE_EQ(r.per_role[kSource].p, 0.0);
}

TEST(SpkattScoreTest, HeldOutSplitByWikinewsId) {
  EXPECT_TRUE(IsHeldOut("10535 - Neuer Titel (2005-08-14).json"));
  EXPECT_TRUE(IsHeldOut("/some/dir/120 - x.json"));
  EXPECT_FALSE(IsHeldOut("10536 - x.json"));
  EXPECT_FALSE(IsHeldOut("no id.json"));
}

}  // namespace
}  // namespace tri::spkatt
