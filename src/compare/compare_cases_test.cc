// CompareStory on small stories written for these tests: same-day updates, collective bodies,
// workforce figures and effective dates across languages, bare casualty figures.
#include <gtest/gtest.h>

#include "annotate/claims/claims.h"
#include "compare/compare.h"
#include "compare/test_util.h"

namespace tri {
namespace {

using namespace testing;  // NOLINT: DocBuilder, Annotate, Report, CompareAll, Find

// Reports of one day in the story's input order, not their time order: the update at 18:00 is
// still the later report, so the 09:00 figure it replaces is revised, not contradicted.
TEST(CompareStory, SameDayUpdateIsLaterByTime) {
  std::vector<Document> docs;
  docs.push_back(Report("r1", "Bei dem Unglück starben mindestens 20 Menschen.", "Blatt A",
                        "2025-03-04T08:00:00+01:00"));
  docs.push_back(
      Report("r3", "Inzwischen starben 35 Menschen.", "Blatt A", "2025-03-04T18:00:00+01:00"));
  docs.push_back(
      Report("r2", "Bei dem Unglück starben 20 Menschen.", "Blatt B", "2025-03-04T09:00:00+01:00"));
  Story story = CompareAll("s4", docs);
  const ComparedClaim* dead = Find(story, "number", "died");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->values.size(), 3u);
  EXPECT_EQ(dead->relation, Relation::kRevisedOverTime);
}

// A German and an English report of one decision: a collective body's stance keyed across
// languages, a workforce counted as "Beschäftigte" and as "people" it employs, and the date the
// merger takes effect.
TEST(CompareStory, BodiesWorkforceAndEffectiveDateAcrossLanguages) {
  std::vector<Document> docs;
  docs.push_back(
      DocBuilder(
          "Die beiden Kliniken sollen fusionieren. Der Zusammenschluss soll zum 1. Januar 2027 "
          "wirksam werden. In den Kliniken arbeiten rund 2.400 Beschäftigte. "
          "Der Betriebsrat lehnt die Pläne ab.",
          "de", "k1")
          .Timex("1. Januar 2027", "2027-01-01")
          .Outlet("Blatt A")
          .Published("2026-05-12T08:00:00+02:00")
          .Build());
  docs.push_back(
      DocBuilder("The two hospitals are to merge. The merger is due to take effect on 1 July 2027. "
                 "The hospitals employ around 2,400 people. The works council welcomed the plans.",
                 "en", "k2")
          .Timex("1 July 2027", "2027-07-01")
          .Outlet("Ledger")
          .Published("2026-05-12T10:00:00+02:00")
          .Build());
  for (Document& d : docs) Annotate(d);
  Story story;
  story.id = "s5";
  std::vector<Document*> ptrs{&docs[0], &docs[1]};
  CompareStory(story, ptrs, {});
  auto both = [&](std::string_view slot) -> const ComparedClaim* {
    for (const ComparedClaim& c : story.claims) {
      if (c.slot == slot && c.values.count("k1") && c.values.count("k2")) return &c;
    }
    return nullptr;
  };
  ASSERT_NE(both("stance"), nullptr);
  EXPECT_EQ(both("stance")->relation, Relation::kContradicted);
  ASSERT_NE(both("number"), nullptr);
  EXPECT_EQ(both("number")->relation, Relation::kAgreed);
  ASSERT_NE(both("date"), nullptr);
  EXPECT_EQ(both("date")->relation, Relation::kContradicted);
}

// "mindestens 15 wurden verletzt" (a bare figure before its casualty word) and "12 Bewohner"
// (residents are people) answer the same question.
TEST(CompareStory, BareCasualtyFigureAndResidents) {
  std::vector<Document> docs;
  docs.push_back(Report("c1", "Zwei Menschen starben, mindestens 15 wurden verletzt.", "Blatt A",
                        "2025-03-04T08:00:00+01:00"));
  docs.push_back(Report("c2", "Bei dem Brand wurden 12 Bewohner verletzt.", "Blatt B",
                        "2025-03-04T09:00:00+01:00"));
  Story story;
  story.id = "s6";
  std::vector<Document*> ptrs{&docs[0], &docs[1]};
  CompareStory(story, ptrs, {});
  const ComparedClaim* injured = Find(story, "number", "injured");
  ASSERT_NE(injured, nullptr);
  EXPECT_EQ(injured->values.size(), 2u);
  EXPECT_EQ(injured->relation, Relation::kContradicted);
}

// Update language in the sentence before the figure revises it when both are about the same
// thing ("die Zahl der Todesopfer korrigiert. Drei Menschen starben"), not after an unrelated
// "inzwischen".
TEST(CompareStory, UpdateInPreviousSentenceAboutTheSameThing) {
  std::vector<Document> docs;
  docs.push_back(Report("u1", "Bei dem Unglück starben mindestens vier Menschen.", "Blatt A",
                        "2025-03-04T08:00:00+01:00"));
  docs.push_back(Report("u2", "Vier Menschen starben.", "Blatt C", "2025-03-04T09:00:00+01:00"));
  docs.push_back(
      Report("u3", "Die Polizei hat die Zahl der Todesopfer korrigiert. Drei Menschen starben.",
             "Blatt B", "2025-03-04T12:00:00+01:00"));
  std::vector<Document*> ptrs{&docs[0], &docs[1], &docs[2]};
  Story story;
  story.id = "s7";
  CompareStory(story, ptrs, {});
  const ComparedClaim* dead = Find(story, "number", "died");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->values.size(), 3u);
  EXPECT_EQ(dead->relation, Relation::kRevisedOverTime);

  docs[2] = Report("u3", "Inzwischen ermittelt die Polizei. Drei Menschen starben.", "Blatt B",
                   "2025-03-04T12:00:00+01:00");
  Story story2;
  CompareStory(story2, ptrs, {});
  ASSERT_NE(Find(story2, "number", "died"), nullptr);
  EXPECT_EQ(Find(story2, "number", "died")->relation, Relation::kContradicted);
}

}  // namespace
// Two figures of one kind in both reports (a pay demand and a share of cancelled trains, both
// in percent): whichever each report states first, they do not contradict each other.
TEST(CompareStory, SameFiguresInBothReportsAreNoContradiction) {
  std::vector<Document> docs;
  docs.push_back(
      Report("p1",
             "Die Gewerkschaft fordert eine Lohnerhöhung um 8,5 Prozent. Die Bahn rechnet "
             "damit, dass rund 80 Prozent der Fernzüge ausfallen.",
             "Blatt A", "2026-11-18T08:00:00+01:00"));
  docs.push_back(
      Report("p2",
             "Die Bahn erwartet, dass 80 Prozent der Fernzüge ausfallen. Gefordert werden "
             "8,5 Prozent mehr Lohn.",
             "Blatt B", "2026-11-18T09:00:00+01:00"));
  Story story = CompareAll("s5", docs);
  for (const ComparedClaim& c : story.claims) {
    EXPECT_NE(c.relation, Relation::kContradicted) << c.statement;
  }
}

// When a closure began and until when it lasts are two questions, not one with two answers.
TEST(CompareStory, EndOfAStateIsNotTheDateOfTheEvent) {
  std::vector<Document> docs;
  docs.push_back(DocBuilder("Die Brücke wurde am Freitag gesperrt.", "de", "b1")
                     .Timex("Freitag", "2026-11-13")
                     .Outlet("Blatt A")
                     .Published("2026-11-16T08:00:00+01:00")
                     .Build());
  docs.push_back(DocBuilder("Die Brücke bleibt bis Ende 2027 gesperrt.", "de", "b2")
                     .Timex("Ende 2027", "2027")
                     .Outlet("Blatt B")
                     .Published("2026-11-16T11:00:00+01:00")
                     .Build());
  for (Document& d : docs) Annotate(d);
  Story story = CompareAll("s6", docs);
  bool until = false;
  for (const ComparedClaim& c : story.claims) {
    EXPECT_NE(c.relation, Relation::kContradicted) << c.statement;
    until |= c.slot == "date" && c.values.count("b2") == 1;
  }
  EXPECT_TRUE(until);  // the end date is still compared, as its own question
}

}  // namespace tri
