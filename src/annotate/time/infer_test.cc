#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "annotate/time/time.h"
#include "text/text.h"

namespace tri {
namespace {

Document MakeDoc(std::string id, std::string text, std::optional<std::string> published,
                 const TimeTagger& tagger) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  AnalyzeText(doc);
  doc.language = "de";
  if (published) doc.meta.published = DateTime::ParseIso(*published);
  tagger.Annotate(doc, doc.meta.published);
  return doc;
}

const Timex* Find(const Document& doc, std::string_view expr) {
  const size_t b = doc.text.find(expr);
  for (const Timex& t : doc.timex) {
    if (b != std::string::npos && t.span.contains(static_cast<uint32_t>(b))) return &t;
  }
  return nullptr;
}

class InferTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = TimeTagger::Create({});
    ASSERT_TRUE(t.ok());
    tagger_ = *t;
  }
  std::shared_ptr<const TimeTagger> tagger_;
};

TEST_F(InferTest, RelativeAndExplicitDatesNameTheSameWeek) {
  std::vector<Document> docs;
  docs.push_back(MakeDoc("undated",
                         "Ein Treffen ist bereits kommende Woche möglich, sagte der Minister am "
                         "Freitag. Ab dem 31. Oktober tagt in Busan das Forum.",
                         std::nullopt, *tagger_));
  EXPECT_FALSE(Find(docs[0], "kommende Woche")->resolved);
  InferPublicationDates(docs, {});
  // No dated article and no lower bound: nothing to go on.
  EXPECT_FALSE(docs[0].published_inferred.has_value());

  docs.push_back(MakeDoc("dated",
                         "Trump wird diese Woche in Südkorea erwartet. Am Donnerstag trifft er Xi.",
                         "2025-10-27", *tagger_));
  Story story;
  story.id = "s1";
  story.documents = {"dated", "undated"};
  InferPublicationDates(docs, {story});
  ASSERT_TRUE(docs[0].published_inferred.has_value());
  const InferredDate& p = *docs[0].published_inferred;
  EXPECT_GE(p.earliest, (Date{2025, 10, 20}));
  EXPECT_LE(p.latest, (Date{2025, 10, 26}));
  EXPECT_NE(p.reason.find("kommende Woche"), std::string::npos) << p.reason;
  EXPECT_FALSE(docs[1].published_inferred.has_value());  // dated documents keep theirs
  // Re-resolved against the interval: the week is the same for every day in it.
  const Timex* week = Find(docs[0], "kommende Woche");
  EXPECT_EQ(week->value, "2025-W44");
  EXPECT_TRUE(week->resolved);
}

TEST_F(InferTest, AWeekdayInsideAMonthIsNoEvidence) {
  // "Mitte Dezember" holds some Friday for any day of December: that must not pull the undated
  // report a month away from the story's dated article.
  std::vector<Document> docs;
  docs.push_back(MakeDoc("dated",
                         "Die Brücke wurde am Freitag gesperrt. Ein Gutachten soll bis Mitte "
                         "Dezember vorliegen.",
                         "2026-11-16", *tagger_));
  docs.push_back(MakeDoc("undated",
                         "Seit Freitag ist die Brücke gesperrt. Pendler stehen seit "
                         "Montag im Stau.",
                         std::nullopt, *tagger_));
  Story story;
  story.id = "s1";
  story.documents = {"dated", "undated"};
  InferPublicationDates(docs, {story});
  ASSERT_TRUE(docs[1].published_inferred.has_value());
  const InferredDate& p = *docs[1].published_inferred;
  EXPECT_GE(p.earliest, (Date{2026, 11, 13})) << p.reason;  // "seit Freitag": Friday has begun
  EXPECT_LE(p.latest, (Date{2026, 11, 30})) << p.reason;
}

TEST_F(InferTest, CaptionDateIsOnlyALowerBound) {
  std::vector<Document> docs;
  docs.push_back(MakeDoc("c",
                         "Der Präsident sprach vor Journalisten.\n26.08.2025 | 0:23 min\n"
                         "Die Gespräche gehen weiter.",
                         std::nullopt, *tagger_));
  InferPublicationDates(docs, {});
  ASSERT_TRUE(docs[0].published_inferred.has_value());
  const InferredDate& p = *docs[0].published_inferred;
  EXPECT_GE(p.earliest, (Date{2025, 8, 26}));
  EXPECT_GT(p.latest.ToDays() - p.earliest.ToDays(), 30);  // never the answer by itself
  EXPECT_NE(p.reason.find("caption"), std::string::npos) << p.reason;
}

TEST_F(InferTest, TimelinePlacesEventsAndStatements) {
  std::vector<Document> docs;
  docs.push_back(MakeDoc("a",
                         "Kim und Trump trafen sich 2019 in Hanoi. Am Donnerstag soll es ein "
                         "Treffen geben.",
                         "2025-10-27", *tagger_));
  Quote q;
  q.span = {static_cast<uint32_t>(docs[0].text.find("Am Donnerstag")),
            static_cast<uint32_t>(docs[0].text.size())};
  q.speaker = "Kim";
  docs[0].quotes.push_back(q);
  Story story;
  story.documents = {"a"};
  const std::vector<TimelineEntry> tl = BuildTimeline(story, {&docs[0]});
  ASSERT_GE(tl.size(), 3u);
  EXPECT_EQ(tl.front().when, "2019");
  for (size_t i = 1; i < tl.size(); ++i)
    EXPECT_LE(tl[i - 1].when.substr(0, 4), tl[i].when.substr(0, 4));
  bool thursday = false, publication = false;
  for (const TimelineEntry& e : tl) {
    thursday = thursday || (e.when == "2025-10-30" && e.kind == "statement" && e.speaker == "Kim");
    publication = publication || (e.kind == "publication" && e.when == "2025-10-27");
  }
  EXPECT_TRUE(thursday);
  EXPECT_TRUE(publication);
}

TEST_F(InferTest, TimelineLeavesOutDateLinesAndCaptions) {
  std::vector<Document> docs;
  docs.push_back(MakeDoc("a",
                         "27.10.2025, 14:11 Uhr Artikel anhören\nDie Gespräche begannen 2019 "
                         "in Hanoi.\n26.08.2025 | 0:23 min",
                         "2025-10-27", *tagger_));
  const size_t body = docs[0].text.find("Die Gespräche");
  const size_t caption = docs[0].text.find("26.08");
  docs[0].blocks = {{{0, uint32_t(body - 1)}, BlockKind::kByline},
                    {{uint32_t(body), uint32_t(caption - 1)}, BlockKind::kParagraph},
                    {{uint32_t(caption), uint32_t(docs[0].text.size())}, BlockKind::kOther}};
  Story story;
  story.documents = {"a"};
  bool year = false;
  for (const TimelineEntry& e : BuildTimeline(story, {&docs[0]})) {
    if (e.kind != "event") continue;
    EXPECT_EQ(e.when, "2019") << e.text;
    year = true;
  }
  EXPECT_TRUE(year);
}

// Seed 000 carries no date; seed 001 of the same story is dated in its text (27.10.2025).
TEST_F(InferTest, SeedWithoutDate) {
  const std::filesystem::path seeds = std::filesystem::path(TRI_SHARED_DIR) / "seeds";
  if (!std::filesystem::exists(seeds / "000_5c27936da068b5e0.txt")) GTEST_SKIP() << "no ../shared";
  auto read = [&](const char* name) {
    std::ifstream in(seeds / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  std::vector<Document> docs;
  docs.push_back(MakeDoc("000", read("000_5c27936da068b5e0.txt"), std::nullopt, *tagger_));
  InferPublicationDates(docs, {});
  ASSERT_TRUE(docs[0].published_inferred.has_value());
  InferredDate alone = *docs[0].published_inferred;
  // Its own evidence: next week holds 31 October; the video caption (26.08.2025) is a lower
  // bound only.
  EXPECT_GE(alone.earliest, (Date{2025, 10, 20})) << alone.reason;
  EXPECT_LE(alone.latest, (Date{2025, 10, 26}));
  EXPECT_NE(alone.reason.find("26.08.2025"), std::string::npos) << alone.reason;
  docs.push_back(MakeDoc("001", read("001_89063ebad1d55e69.txt"), "2025-10-27T14:11:00", *tagger_));
  Story story;
  story.documents = {"001", "000"};
  docs[0].published_inferred.reset();
  InferPublicationDates(docs, {story});
  ASSERT_TRUE(docs[0].published_inferred.has_value());
  EXPECT_GE(docs[0].published_inferred->earliest, (Date{2025, 10, 20}))
      << docs[0].published_inferred->reason;
  EXPECT_LE(docs[0].published_inferred->latest, (Date{2025, 10, 26}));
}

}  // namespace
}  // namespace tri
