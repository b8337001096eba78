// HTTP-level tests: API answers, security headers and refusals, size limits, and readers that
// never see "database is locked" while a writer commits.
#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <thread>

#include "report/report.h"
#include "server/server_testing.h"
#include "store/incremental.h"
#include "store/ingest_testing.h"

namespace tri {
namespace {

using store::testing::TempDir;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.file("server.db");
    auto store = OpenStore(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE((*store)->Apply(server::testing::ContradictionFixture()).ok());
    ASSERT_TRUE((*store)->Apply(server::testing::HostileFixture()).ok());
    ServerOptions o;
    o.db = db_;
    o.port = 0;
    o.threads = 6;
    auto s = Server::Create(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { (void)server_->Serve(); });
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client Client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    c.set_tcp_nodelay(true);
    return c;
  }
  Json GetJson(const std::string& path, int want = 200) {
    auto c = Client();
    auto r = c.Get(path.c_str());
    EXPECT_TRUE(r) << path;
    if (!r) return Json();
    EXPECT_EQ(r->status, want) << path << ": " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    return Json::parse(r->body, nullptr, false);
  }

  TempDir dir_;
  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

TEST_F(ServerTest, ServesUiWithStrictHeaders) {
  auto c = Client();
  auto r = c.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("/assets/app.js"), std::string::npos);
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_EQ(r->get_header_value("Content-Security-Policy").find("unsafe-inline"),
            std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  auto js = c.Get("/assets/story.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  // The UI never builds markup from strings.
  for (const char* asset :
       {"/assets/app.js", "/assets/dom.js", "/assets/list.js", "/assets/story.js",
        "/assets/article.js", "/assets/entity.js", "/assets/timeline.js"}) {
    auto a = c.Get(asset);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->body.find("innerHTML"), std::string::npos) << asset;
    EXPECT_EQ(a->body.find("insertAdjacentHTML"), std::string::npos) << asset;
  }
}

TEST_F(ServerTest, ApiAnswersStoriesSearchArticlesEntities) {
  Json stories = GetJson("/api/stories");
  ASSERT_EQ(stories["stories"].size(), 2u);
  Json story = GetJson("/api/stories/s-bahnstreik");
  EXPECT_EQ(story["story"]["claims"][0]["relation"], "contradicted");
  EXPECT_EQ(story["evidence"]["k-duration"]["bahn-kurier"], "Die GDL streikt 72 Stunden lang.");
  EXPECT_EQ(story["evidence"]["k-duration"]["bahn-ledger"],
            "The GDL union will strike for 48 hours");
  EXPECT_EQ(story["articles"].size(), 2u);
  Json comparison = GetJson("/api/stories/s-bahnstreik/comparison");
  EXPECT_EQ(comparison["claims"][0]["outlets"]["bahn-ledger"], "Berlin Ledger");
  Json hits = GetJson("/api/search?q=GDL");
  ASSERT_EQ(hits["hits"].size(), 2u);
  Json compound = GetJson("/api/search?q=Streiks");
  ASSERT_EQ(compound["hits"].size(), 1u);  // "Bahnstreik" in the German title
  EXPECT_EQ(compound["hits"][0]["id"], "bahn-kurier");
  Json article = GetJson("/api/articles/bahn-kurier");
  EXPECT_EQ(article["story"], "s-bahnstreik");
  EXPECT_EQ(article["entities"][0]["canonical"], "Rainer Voss");
  Json entities = GetJson("/api/entities?q=voss");
  ASSERT_EQ(entities["entities"].size(), 1u);
  Json entity = GetJson("/api/entities/" + entities["entities"][0]["id"].get<std::string>());
  EXPECT_EQ(entity["articles"].size(), 2u);
  EXPECT_EQ(entity["stories"].size(), 1u);
  GetJson("/api/stories/nope", 404);
  GetJson("/api/nothing-here", 404);
  GetJson("/api/stats");
}

// Story pages are cached between commits; a commit by another process must show at once.
TEST_F(ServerTest, CachedStoryPageFollowsTheNextCommit) {
  Json before = GetJson("/api/stories/s-bahnstreik");
  EXPECT_EQ(GetJson("/api/stories/s-bahnstreik"), before);  // served from the cache
  EXPECT_EQ(before["story"]["title"], "Bahnstreik der GDL");
  ChangeSet cs = server::testing::ContradictionFixture();
  cs.stories[0].title = "Bahnstreik verlängert";
  cs.stories[0].claims[0].values.erase("bahn-ledger");
  {
    auto writer = OpenStore(db_);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->Apply(cs).ok());
  }
  Json after = GetJson("/api/stories/s-bahnstreik");
  EXPECT_EQ(after["story"]["title"], "Bahnstreik verlängert");
  EXPECT_FALSE(after["evidence"]["k-duration"].contains("bahn-ledger"));
  Json comparison = GetJson("/api/stories/s-bahnstreik/comparison");
  EXPECT_FALSE(comparison["claims"][0]["outlets"].contains("bahn-ledger"));
}

TEST_F(ServerTest, RefusesTraversalAndBadIds) {
  auto c = Client();
  for (const char* path :
       {"/assets/../../etc/passwd", "/assets/..%2f..%2fetc%2fpasswd", "/assets/%2e%2e/server.cc",
        "/../../etc/passwd", "/assets/app.js/../../../etc/passwd", "//etc/passwd",
        "/api/articles/..%2f..%2fetc%2fpasswd", "/api/articles/%2e%2e", "/api/stories/a%00b",
        "/api/entities/..", "/web/index.html", "/src/server/server.cc"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_TRUE(r->status == 400 || r->status == 404) << path << " -> " << r->status;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(r->body.find("#include"), std::string::npos) << path;
  }
}

TEST_F(ServerTest, EnforcesSizeAndMethodLimits) {
  auto c = Client();
  auto post = c.Post("/api/stories", "x=1", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto del = c.Delete("/api/stories/s-bahnstreik");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  // A body on a GET above the cap (the API takes none): refused before it is read.
  httplib::Request big;
  big.method = "GET";
  big.path = "/api/stories";
  big.body = std::string(64 * 1024, 'x');
  big.set_header("Content-Type", "text/plain");
  auto too_big = c.send(big);
  ASSERT_TRUE(too_big);
  EXPECT_EQ(too_big->status, 413);
  auto long_uri = c.Get(("/api/search?q=" + std::string(3000, 'a')).c_str());
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  auto long_q = c.Get(("/api/search?q=" + std::string(300, 'a')).c_str());
  ASSERT_TRUE(long_q);
  EXPECT_EQ(long_q->status, 400);
  for (const char* bad :
       {"/api/stories?limit=100000", "/api/stories?limit=0", "/api/stories?limit=abc",
        "/api/stories?offset=-1", "/api/stories?offset=999999999", "/api/search",
        "/api/search?q=%22%22",
        "/api/search?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k%20l%20m%20n%20o%20p%20q"}) {
    auto r = c.Get(bad);
    ASSERT_TRUE(r) << bad;
    EXPECT_EQ(r->status, 400) << bad << ": " << r->body;
  }
}

TEST_F(ServerTest, AnswersOnlyToLoopbackHostNames) {
  auto c = Client();
  auto evil = c.Get("/api/stories", httplib::Headers{{"Host", "attacker.example:8080"}});
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 403);
  auto ok = c.Get("/api/stories", httplib::Headers{{"Host", "localhost:1234"}});
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(ServerTest, ReadersNeverSeeLockErrorsWhileAWriterCommits) {
  std::atomic<bool> writing{true};
  std::atomic<int> written{0}, articles{0};
  std::atomic<int> failures{0}, requests{0};
  std::string first_failure;
  std::mutex mu;
  // The writer is a real incremental ingest (pipeline, story assignment, comparison), committing
  // a batch of 4 files at a time, round after round, at least 60 commits and until the readers
  // have made 400 requests (more commits only made the test slow, not stricter).
  std::thread writer([&] {
    auto store = OpenStore(db_);
    ASSERT_TRUE(store.ok());
    PipelineOptions po;
    po.threads = 1;
    auto pipeline = Pipeline::Create(po);
    ASSERT_TRUE(pipeline.ok());
    IncrementalOptions io;
    io.batch_files = 4;
    io.threads = 1;
    IncrementalIngester ingester(*pipeline, **store, io);
    for (int round = 0; round < 200 && (written.load() < 60 || requests.load() < 400); ++round) {
      const auto in = dir_.path() / ("round" + std::to_string(round));
      std::filesystem::create_directories(in);
      for (int k = 0; k < 20; ++k) {
        store::testing::WriteArticle((in / (std::to_string(k) + ".txt")).string(), round * 20 + k,
                                     k % 3);
      }
      std::vector<Status> errors;
      IngestStats st = ingester.IngestPaths({in.string()}, errors);
      EXPECT_TRUE(errors.empty()) << errors[0].ToString();
      written += static_cast<int>(st.batches);
      articles += static_cast<int>(st.added);
    }
    writing = false;
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&, t] {
      auto c = Client();
      c.set_keep_alive(true);
      const char* paths[] = {"/api/stories?limit=20", "/api/search?q=Streik",
                             "/api/stories/s-bahnstreik", "/api/stats"};
      while (writing) {
        auto r = c.Get(paths[(requests++ + t) % 4]);
        if (!r || r->status != 200 || r->body.find("locked") != std::string::npos) {
          std::lock_guard<std::mutex> lock(mu);
          if (failures++ == 0)
            first_failure = r ? std::to_string(r->status) + " " + r->body : "no response";
        }
      }
    });
  }
  writer.join();
  for (auto& r : readers) r.join();
  EXPECT_EQ(failures.load(), 0) << first_failure;
  EXPECT_GE(requests.load(), 400);
  auto store = OpenStore(db_);
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE((*store)->CheckConsistency().ok());
  EXPECT_GE(written.load(), 60);
  EXPECT_EQ(GetJson("/api/stats")["articles"], 4 + articles.load());
}

TEST(HtmlReport, HostileTextIsEscaped) {
  Analysis a;
  ChangeSet cs = server::testing::HostileFixture();
  for (auto& w : cs.documents) a.documents.push_back(w.doc);
  a.stories = cs.stories;
  a.entities = cs.entities;
  const std::string html = RenderHtml(a);
  for (const char* raw : {"<script>window.__pwned", "<img src=x onerror", "<svg onload",
                          "<b onmouseover", "href=\"javascript:", "<iframe", "<i onclick"}) {
    EXPECT_EQ(html.find(raw), std::string::npos) << raw;
  }
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);  // the text is shown, escaped
}

}  // namespace
}  // namespace tri
