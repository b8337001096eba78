// CompareStory on small stories written for these tests, with hand-made upstream layers.
#include "compare/compare.h"

#include <gtest/gtest.h>

#include <chrono>

#include "annotate/claims/claims.h"
#include "compare/test_util.h"

namespace tri {
namespace {

using namespace testing;  // NOLINT: DocBuilder, Annotate, Report, CompareAll, Find

DocBuilder People(DocBuilder b) {
  b.Entity("Anna Muster", EntityType::kPer)
      .Entity("Paul Exemple", EntityType::kPer)
      .Entity("Eva Probe", EntityType::kPer)
      .Entity("Max Beispiel", EntityType::kPer);
  return b;
}

struct Story3 {
  std::vector<Document> docs;
  Story story;
};

Story3 MakeStory() {
  Story3 s;
  s.docs.push_back(
      People(
          DocBuilder("Kanzlerin Anna Muster will Präsident Paul Exemple treffen. "
                     "Die beiden trafen sich zuletzt 2021 in Wien. "
                     "Der Gipfel der Handelsgruppe (XYZ) findet in Japan statt. "
                     "Ministerin Eva Probe sagte am Montag, die Chancen für ein Treffen seien gut. "
                     "Aus Ottawa hieß es, Paul Exemple sei bereit für Gespräche. "
                     "Die Delegation reist mit einem Sonderzug aus Lissabon an.",
                     "de", "a"))
          .Timex("am Montag", "2025-03-03")
          .Quote("die Chancen für ein Treffen seien gut", "Ministerin Eva Probe sagte am Montag",
                 "Eva Probe")
          .Quote("Paul Exemple sei bereit für Gespräche", "Aus Ottawa hieß es", "Ottawa",
                 SourceKind::kInstitution)
          .Outlet("Blatt A")
          .Published("2025-03-04T08:00:00+01:00")
          .Build());
  s.docs.push_back(
      People(DocBuilder(
                 "Anna Muster möchte Paul Exemple treffen. "
                 "Das letzte Mal sahen sich Anna Muster und Paul Exemple 2021 in Prag. "
                 "Der Gipfel der Handelsgruppe (XYZ) findet in der japanischen Hauptstadt statt. "
                 "Laut Berater Max Beispiel ist ein Treffen sehr unwahrscheinlich. "
                 "Bislang hat sich Paul Exemple nicht öffentlich zu einem Treffen geäußert.",
                 "de", "b"))
          .Quote("ist ein Treffen sehr unwahrscheinlich", "Laut Berater Max Beispiel",
                 "Max Beispiel")
          .Outlet("Blatt B")
          .Published("2025-03-04T09:00:00+01:00")
          .Build());
  s.docs.push_back(
      People(DocBuilder(
                 "Der Gipfel der Handelsgruppe (XYZ) findet in Japan statt. "
                 "Ein Sprecher erklärte, ein Treffen von Anna Muster und Paul Exemple sei denkbar.",
                 "de", "c"))
          .Quote("ein Treffen von Anna Muster und Paul Exemple sei denkbar",
                 "Ein Sprecher erklärte", "ein Sprecher", SourceKind::kAnonymousOfficial)
          .Outlet("Blatt C")
          .Build());
  for (Document& d : s.docs) Annotate(d);
  s.story.id = "s1";
  for (const Document& d : s.docs) s.story.documents.push_back(d.id);
  std::vector<Document*> ptrs;
  for (Document& d : s.docs) ptrs.push_back(&d);
  CompareStory(s.story, ptrs, {});
  return s;
}

TEST(CompareStory, LastMeetingPlaceContradictsDateAgrees) {
  Story3 s = MakeStory();
  const ComparedClaim* place = Find(s.story, "place", "last meet");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->relation, Relation::kContradicted);
  EXPECT_EQ(place->values.at("a").value, "Wien");
  EXPECT_EQ(place->values.at("b").value, "Prag");
  EXPECT_NE(place->statement.find("Anna Muster"), std::string::npos);
  EXPECT_NE(s.docs[0].slice(place->values.at("a").evidence).find("zuletzt"),
            std::string_view::npos);
  const ComparedClaim* date = Find(s.story, "date", "last meet");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->relation, Relation::kAgreed);
}

TEST(CompareStory, VenueAgreesAndTheCapitalIsASingleSourceDetail) {
  Story3 s = MakeStory();
  const ComparedClaim* venue = nullptr;
  const ComparedClaim* detail = nullptr;
  for (const ComparedClaim& c : s.story.claims) {
    if (c.slot != "place" || c.statement.find("XYZ") == std::string::npos) continue;
    (c.statement.find("more specific") == std::string::npos ? venue : detail) = &c;
  }
  ASSERT_NE(venue, nullptr);
  EXPECT_EQ(venue->relation, Relation::kAgreed);
  EXPECT_EQ(venue->values.size(), 3u);
  ASSERT_NE(detail, nullptr);
  EXPECT_EQ(detail->relation, Relation::kSingleSource);
  EXPECT_EQ(detail->values.size(), 1u);
  EXPECT_EQ(detail->values.count("b"), 1u);
  EXPECT_NE(detail->note.find("inside"), std::string::npos);
}

TEST(CompareStory, DivergingLikelihoodsWithSpeakersAndDates) {
  Story3 s = MakeStory();
  const ComparedClaim* lik = Find(s.story, "likelihood", "How likely");
  ASSERT_NE(lik, nullptr);
  EXPECT_EQ(lik->relation, Relation::kContradicted);
  EXPECT_EQ(lik->values.at("a").normalized, "high");
  EXPECT_EQ(lik->values.at("a").speaker, "Eva Probe");
  EXPECT_EQ(lik->values.at("a").date, "2025-03-03");  // the statement's own date
  EXPECT_EQ(lik->values.at("b").normalized, "very_low");
  EXPECT_EQ(lik->values.at("b").speaker, "Max Beispiel");
  EXPECT_EQ(lik->values.at("b").date, "2025-03-04");  // publication date
  EXPECT_EQ(lik->values.at("c").normalized, "medium");
  EXPECT_EQ(lik->hedged_in.size(), 3u);
}

TEST(CompareStory, StanceContradictionAndAgreement) {
  Story3 s = MakeStory();
  const ComparedClaim* exemple = Find(s.story, "stance", "Paul Exemple");
  ASSERT_NE(exemple, nullptr);
  EXPECT_EQ(exemple->relation, Relation::kContradicted);
  EXPECT_EQ(exemple->values.at("a").normalized, "ready");
  EXPECT_EQ(exemple->values.at("b").normalized, "no_statement");
  const ComparedClaim* muster = Find(s.story, "stance", "Anna Muster");
  ASSERT_NE(muster, nullptr);
  EXPECT_EQ(muster->relation, Relation::kAgreed);
}

TEST(CompareStory, IdsOrderAndSourcingAudit) {
  Story3 s = MakeStory();
  ASSERT_FALSE(s.story.claims.empty());
  EXPECT_EQ(s.story.claims[0].id, "s1:q1");
  EXPECT_EQ(s.story.claims[0].relation, Relation::kContradicted);  // contradictions first
  EXPECT_EQ(s.story.sourcing.documents, 3);
  EXPECT_EQ(s.story.sourcing.named, (std::vector<std::string>{"Eva Probe", "Max Beispiel"}));
  EXPECT_EQ(s.story.sourcing.anonymous_only_documents, 1);
  int exclusive = 0;
  for (const Document& d : s.docs) exclusive += d.sourcing.exclusive_claims;
  EXPECT_EQ(s.story.sourcing.exclusive_claims, exclusive);
  EXPECT_EQ(s.docs[0].sourcing.exclusive_claims, 1);  // only the train
  EXPECT_LT(exclusive, s.story.sourcing.claims);
  // Deterministic: the same input gives the same comparison.
  Story3 again = MakeStory();
  ASSERT_EQ(again.story.claims.size(), s.story.claims.size());
  for (size_t i = 0; i < s.story.claims.size(); ++i) {
    EXPECT_EQ(again.story.claims[i].statement, s.story.claims[i].statement);
  }
}

TEST(CompareStory, LaterReportWithUpdateLanguageIsARevision) {
  std::vector<Document> docs;
  docs.push_back(
      Report("r1", "Bei dem Unglück starben 20 Menschen.", "Blatt A", "2025-03-04T08:00:00+01:00"));
  docs.push_back(
      Report("r2", "Bei dem Unglück starben 20 Menschen.", "Blatt B", "2025-03-04T09:00:00+01:00"));
  docs.push_back(
      Report("r3", "Inzwischen starben 35 Menschen.", "Blatt A", "2025-03-04T18:00:00+01:00"));
  Story story = CompareAll("s2", docs);
  const ComparedClaim* dead = Find(story, "number", "died");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->relation, Relation::kRevisedOverTime);
  EXPECT_EQ(dead->values.size(), 3u);

  // Without update language two outlets' figures simply contradict.
  docs[2] =
      Report("r3", "Bei dem Unglück starben 35 Menschen.", "Blatt C", "2025-03-04T18:00:00+01:00");
  Story story2 = CompareAll("", docs);
  ASSERT_NE(Find(story2, "number", "died"), nullptr);
  EXPECT_EQ(Find(story2, "number", "died")->relation, Relation::kContradicted);
}

TEST(CompareStory, SameStatementWithoutTypedSlotsIsAgreed) {
  std::vector<Document> docs;
  docs.push_back(Report("p1",
                        "Das Landeskriminalamt hat die Ermittlungen zu dem Angriff übernommen. "
                        "Die Erpresser forderten ein Lösegeld in Millionenhöhe.",
                        "Blatt A", "2025-03-04"));
  docs.push_back(
      Report("p2",
             "Die Ermittlungen zu dem Angriff hat inzwischen das Landeskriminalamt übernommen. "
             "Der Hafenbetrieb ruht seit Dienstag.",
             "Blatt B", "2025-03-04"));
  Story story;
  story.id = "s3";
  std::vector<Document*> ptrs{&docs[0], &docs[1]};
  CompareStory(story, ptrs, {});
  const ComparedClaim* same = nullptr;
  const ComparedClaim* ransom = nullptr;
  for (const ComparedClaim& c : story.claims) {
    if (c.slot != "what") continue;
    if (c.values.size() == 2) same = &c;
    if (c.statement.find("Lösegeld") != std::string::npos) ransom = &c;
  }
  ASSERT_NE(same, nullptr);
  EXPECT_EQ(same->relation, Relation::kAgreed);
  EXPECT_NE(docs[0].slice(same->values.at("p1").evidence).find("Ermittlungen"),
            std::string_view::npos);
  ASSERT_NE(ransom, nullptr);
  EXPECT_EQ(ransom->relation, Relation::kSingleSource);
  EXPECT_EQ(docs[0].sourcing.exclusive_claims, 1);
}

TEST(CompareStory, OneDocumentAndFiveHundredDocuments) {
  std::vector<Document> one;
  one.push_back(
      Report("x", "Der Gipfel der Gruppe (XYZ) findet in Japan statt.", "Blatt A", "2025-03-04"));
  Story single;
  std::vector<Document*> p1{&one[0]};
  CompareStory(single, p1, {});
  ASSERT_FALSE(single.claims.empty());
  for (const ComparedClaim& c : single.claims) EXPECT_EQ(c.relation, Relation::kSingleSource);

  std::vector<Document> many;
  const char* places[] = {"Japan", "Kanada", "Brasilien", "Kenia"};
  for (int i = 0; i < 500; ++i) {
    std::string text;
    for (int k = 0; k < 10; ++k) {
      text += "Der Gipfel der Gruppe (XYZ) findet in " + std::string(places[(i + k) % 4]) +
              " statt. Bei dem Unglück starben " + std::to_string(10 + (i * k) % 50) +
              " Menschen. ";
    }
    many.push_back(
        Report("m" + std::to_string(i), text, "Blatt " + std::to_string(i % 7), "2025-03-04"));
  }
  std::vector<Document*> ptrs;
  for (Document& d : many) ptrs.push_back(&d);
  Story big;
  const auto start = std::chrono::steady_clock::now();
  CompareStory(big, ptrs, {});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 10.0);
  EXPECT_LT(big.claims.size(), 200u);
  EXPECT_EQ(big.sourcing.documents, 500);
}

}  // namespace
}  // namespace tri
