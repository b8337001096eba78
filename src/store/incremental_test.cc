// Incremental ingest with the real pipeline: only new or changed articles are added, re-runs
// add nothing, changed articles replace their old version, and the store stays consistent.
#include "store/incremental.h"

#include <gtest/gtest.h>

#include <thread>

#include "store/ingest_testing.h"
#include "store/store_testing.h"
#include "store/watch.h"

namespace tri {
namespace {

using store::testing::TempDir;
using store::testing::WriteArticle;

class IncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenStore(dir_.file("i.db"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
    PipelineOptions po;
    po.keep_raw = true;
    auto p = Pipeline::Create(po);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = *p;
    std::filesystem::create_directories(dir_.path() / "in");
  }
  std::string In(const std::string& name) const { return (dir_.path() / "in" / name).string(); }
  IngestStats Ingest(size_t batch = 2) {
    IncrementalOptions o;
    o.batch_files = batch;
    IncrementalIngester ingester(pipeline_, *store_, o);
    errors_.clear();
    return ingester.IngestPaths({(dir_.path() / "in").string()}, errors_);
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::shared_ptr<const Pipeline> pipeline_;
  std::vector<Status> errors_;
};

TEST_F(IncrementalTest, AddsOnlyNewOrChangedArticles) {
  for (int i = 0; i < 5; ++i) WriteArticle(In("a" + std::to_string(i) + ".txt"), i, 1);
  IngestStats first = Ingest();
  EXPECT_TRUE(errors_.empty()) << errors_[0].ToString();
  EXPECT_EQ(first.added, 5u);
  EXPECT_EQ(first.batches, 3u);  // 2 + 2 + 1 files, one transaction each
  ASSERT_TRUE(store_->CheckConsistency().ok()) << store_->CheckConsistency().ToString();

  IngestStats again = Ingest();
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(again.unchanged, 5u);
  EXPECT_EQ(again.batches, 0u);

  WriteArticle(In("a2.txt"), 2, 1, /*variant=*/1);  // the same article, corrected
  WriteArticle(In("b0.txt"), 0, 2);                 // a second outlet on topic 0
  IngestStats third = Ingest();
  EXPECT_EQ(third.added, 1u);
  EXPECT_EQ(third.updated, 1u);
  EXPECT_EQ(third.unchanged, 4u);
  ASSERT_TRUE(store_->CheckConsistency().ok()) << store_->CheckConsistency().ToString();
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 6);
  auto hits = store_->Search("Aktualisierung", {});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->hits.size(), 1u);  // the new version is indexed, the old one is gone
  auto ref = store_->FindArticleByKey(In("a2.txt"));
  ASSERT_TRUE(ref.ok() && ref->has_value());
  EXPECT_EQ((*ref)->id, hits->hits[0].article.id);
}

TEST_F(IncrementalTest, EveryArticleLandsInAStoryThatListsIt) {
  for (int i = 0; i < 4; ++i) {
    for (int k = 0; k < 3; ++k)
      WriteArticle(In("t" + std::to_string(i) + "-" + std::to_string(k) + ".txt"), i, k);
  }
  IngestStats s = Ingest(5);
  EXPECT_EQ(s.added, 12u);
  EXPECT_GE(s.stories_created, 1u);
  ASSERT_TRUE(store_->CheckConsistency().ok()) << store_->CheckConsistency().ToString();
  auto articles = store_->ListArticles(Page{200, 0});
  ASSERT_TRUE(articles.ok());
  ASSERT_EQ(articles->size(), 12u);
  for (const ArticleSummary& a : *articles) {
    auto story = store_->GetStory(a.story_id);
    ASSERT_TRUE(story.ok()) << a.id;
    EXPECT_NE(std::find(story->documents.begin(), story->documents.end(), a.id),
              story->documents.end());
    auto doc = store_->GetDocument(a.id, true);
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(doc->raw.empty());     // raw bytes kept
    EXPECT_FALSE(doc->tokens.empty());  // annotated
  }
}

TEST_F(IncrementalTest, WatchIngestsDroppedFilesAndStops) {
  WriteArticle(In("w0.txt"), 3, 1);
  IncrementalIngester ingester(pipeline_, *store_, {});
  std::atomic<bool> stop{false};
  WatchOptions w;
  w.poll_interval = std::chrono::milliseconds(30);
  w.stop = &stop;
  std::thread dropper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    WriteArticle(In("w1.txt"), 4, 1);
    for (int i = 0; i < 200; ++i) {
      auto st = OpenStore(dir_.file("i.db"));
      if (st.ok() && (*st)->Stats().ok() && (*st)->Stats()->articles == 2) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop = true;
  });
  IngestStats total = WatchFolder((dir_.path() / "in").string(), ingester, w);
  dropper.join();
  EXPECT_TRUE(total.stopped);
  EXPECT_EQ(total.added, 2u);
}

}  // namespace
}  // namespace tri
