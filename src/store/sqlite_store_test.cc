#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/store.h"
#include "store/store_testing.h"

namespace tri::store {
namespace {

using testing::AddEntity;
using testing::MakeDoc;
using testing::TempDir;
using testing::Write;

ChangeSet TwoArticleStory() {
  Document a = MakeDoc("a1", "Bahnstreik: GDL streikt 72 Stunden",
                       "Die GDL hat den Bahnstreik ausgeweitet. Rainer Voss sprach in Pjöngjang.",
                       "kurier", "2026-11-18T16:05:00+01:00");
  AddEntity(a, "Rainer Voss", EntityType::kPer, "Rainer Voss");
  Document b =
      MakeDoc("b1", "Rail strike extended", "The GDL union extended the strike, Voss said.",
              "ledger", "2026-11-18T18:00:00+00:00", "en");
  AddEntity(b, "Voss", EntityType::kPer, "Rainer Voss");
  Story s;
  s.id = "s1";
  s.title = "Bahnstreik";
  s.documents = {"a1", "b1"};
  ComparedClaim c;
  c.id = "k1";
  c.relation = Relation::kContradicted;
  c.values["a1"].value = "72 Stunden";
  c.values["b1"].value = "48 hours";
  s.claims.push_back(c);
  ChangeSet cs;
  cs.documents = {Write(a, "s1"), Write(b, "s1")};
  cs.stories = {s};
  cs.entities = {CanonicalEntity{
      "e:" + HexId("Rainer Voss"), "Rainer Voss", EntityType::kPer, {"Voss"}, {}, {}, "", 0}};
  return cs;
}

TEST(SqliteStore, AppliesAndReadsBack) {
  TempDir dir;
  auto store = OpenStore(dir.file("t.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE((*store)->Apply(TwoArticleStory()).ok());
  ASSERT_TRUE((*store)->CheckConsistency().ok()) << (*store)->CheckConsistency().ToString();

  auto ref = (*store)->FindArticleByKey("https://kurier.example/a1");
  ASSERT_TRUE(ref.ok() && ref->has_value());
  EXPECT_EQ((*ref)->id, "a1");
  EXPECT_EQ((*ref)->story_id, "s1");

  auto doc = (*store)->GetDocument("a1", true);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->entities.size(), 1u);
  EXPECT_NE(doc->raw.find("Bahnstreik"), std::string::npos);
  EXPECT_EQ((*store)->GetDocument("zz").status().code(), StatusCode::kNotFound);

  auto stories = (*store)->ListStories({});
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ((*stories)[0].documents, 2);
  EXPECT_EQ((*stories)[0].contradicted, 1);
  EXPECT_EQ((*stories)[0].outlets, (std::vector<std::string>{"kurier", "ledger"}));
  EXPECT_EQ((*stories)[0].last_published, "2026-11-18T18:00:00+00:00");

  auto entities = (*store)->FindEntities("voss", {});
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 1u);
  EXPECT_EQ((*entities)[0].mentions, 2);
  auto mentioning = (*store)->ArticlesMentioning((*entities)[0].id, {});
  ASSERT_TRUE(mentioning.ok());
  EXPECT_EQ(mentioning->size(), 2u);
  auto alias = (*store)->FindEntityByAlias(EntityType::kPer, "VOSS");
  ASSERT_TRUE(alias.ok() && alias->has_value());
}

TEST(SqliteStore, GenerationChangesWithEveryCommitOnly) {
  TempDir dir;
  auto store = OpenStore(dir.file("g.db"));
  ASSERT_TRUE(store.ok());
  auto g0 = (*store)->Generation();
  ASSERT_TRUE(g0.ok());
  ASSERT_TRUE((*store)->Apply(TwoArticleStory()).ok());
  auto g1 = (*store)->Generation();
  ASSERT_TRUE(g1.ok());
  EXPECT_NE(*g1, *g0);
  EXPECT_EQ(*(*store)->Generation(), *g1);  // reading changes nothing
  auto cards = (*store)->GetArticleCards({"b1", "a1"});
  ASSERT_TRUE(cards.ok()) << cards.status().ToString();
  ASSERT_EQ(cards->size(), 2u);
  EXPECT_EQ((*cards)[0].doc.id, "b1");  // in the order asked for
  EXPECT_FALSE((*cards)[1].doc.text.empty());
  EXPECT_EQ((*store)->GetArticleCards({"a1", "missing"}).status().code(), StatusCode::kNotFound);
  // A failed change set commits nothing, so the generation stays.
  ChangeSet bad;
  ChangeSet::DocumentWrite ghost = Write(MakeDoc("ghost", "x", "y", "z", ""), "s1");
  ghost.content_changed = false;  // an annotation update of an article never stored: refused
  bad.documents.push_back(ghost);
  EXPECT_FALSE((*store)->Apply(bad).ok());
  EXPECT_EQ(*(*store)->Generation(), *g1);
  // Another connection's commit is seen.
  auto other = OpenStore(dir.file("g.db"));
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE((*other)->Apply(TwoArticleStory()).ok());
  EXPECT_NE(*(*store)->Generation(), *g1);
}

TEST(SqliteStore, SearchIsGermanAware) {
  TempDir dir;
  auto store = OpenStore(dir.file("t.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Apply(TwoArticleStory()).ok());
  auto hits = [&](const char* q) {
    auto r = (*store)->Search(q, {});
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().ToString();
    std::vector<std::string> ids;
    if (r.ok())
      for (const SearchHit& h : r->hits) ids.push_back(h.article.id);
    return ids;
  };
  EXPECT_EQ(hits("Streik"), std::vector<std::string>{"a1"});   // a part of "Bahnstreik"
  EXPECT_EQ(hits("strikes"), std::vector<std::string>{"b1"});  // English stem
  EXPECT_EQ(hits("GDL"), (std::vector<std::string>{"a1", "b1"}));
  EXPECT_EQ(hits("Pjongjang"), std::vector<std::string>{"a1"});
  EXPECT_EQ(hits("ausweiten"), std::vector<std::string>{});
  EXPECT_EQ(hits("extending"), std::vector<std::string>{"b1"});
  EXPECT_EQ(hits("GDL -Pjöngjang"), std::vector<std::string>{"b1"});
  auto r = (*store)->Search("Pjöngjang", {});
  ASSERT_TRUE(r.ok() && r->hits.size() == 1);
  const SearchHit& h = r->hits[0];
  ASSERT_FALSE(h.highlights.empty());
  EXPECT_EQ(h.snippet.substr(h.highlights[0].begin, h.highlights[0].size()), "Pjöngjang");
  EXPECT_EQ((*store)->Search("", {}).status().code(), StatusCode::kInvalidArgument);
}

TEST(SqliteStore, FailedChangeSetLeavesNothingBehind) {
  TempDir dir;
  auto store = OpenStore(dir.file("t.db"));
  ASSERT_TRUE(store.ok());
  ChangeSet cs = TwoArticleStory();
  ChangeSet::DocumentWrite ghost = Write(MakeDoc("ghost", "x", "y", "z", ""), "s1");
  ghost.content_changed = false;  // an annotation update of an article that was never stored
  cs.documents.push_back(ghost);
  EXPECT_FALSE((*store)->Apply(cs).ok());
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 0);
  EXPECT_EQ(stats->stories, 0);
  EXPECT_EQ(stats->entities, 0);
}

TEST(SqliteStore, ReplacingAnArticleUpdatesIndexAndStory) {
  TempDir dir;
  auto store = OpenStore(dir.file("t.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Apply(TwoArticleStory()).ok());
  ChangeSet cs;
  cs.removed_documents = {"a1"};
  Document a2 =
      MakeDoc("a2", "Streik beendet", "Die Tarifeinigung ist da.", "kurier", "2026-11-20");
  a2.meta.url = "https://kurier.example/a1";  // same article, new version
  Story s;
  s.id = "s1";
  s.title = "Bahnstreik";
  s.documents = {"b1", "a2"};
  cs.documents = {Write(a2, "s1")};
  cs.stories = {s};
  ASSERT_TRUE((*store)->Apply(cs).ok());
  EXPECT_TRUE((*store)->CheckConsistency().ok()) << (*store)->CheckConsistency().ToString();
  auto r = (*store)->Search("Pjöngjang", {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->hits.empty());
  auto t = (*store)->Search("Einigung", {});
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->hits.size(), 1u);  // "Tarifeinigung" is indexed by its parts too
  auto e = (*store)->FindEntities("Voss", {});
  ASSERT_TRUE(e.ok() && e->size() == 1);
  EXPECT_EQ((*e)[0].mentions, 1);  // the replaced article's mention is gone
}

TEST(SqliteStore, MigratesForwardAndRefusesNewerSchemas) {
  TempDir dir;
  const std::string path = dir.file("m.db");
  {
    StoreOptions old;
    old.migrate_to = 1;
    auto s = OpenStore(path, old);
    ASSERT_TRUE(s.ok());
    auto st = (*s)->Stats();
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->schema_version, 1);
    StoreOptions ro;
    ro.read_only = true;
    EXPECT_EQ(OpenStore(path, ro).status().code(), StatusCode::kUnsupported);  // needs migrating
  }
  {
    auto s = OpenStore(path);
    ASSERT_TRUE(s.ok());
    auto st = (*s)->Stats();
    ASSERT_TRUE(st.ok());
    EXPECT_GE(st->schema_version, 2);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto s = OpenStore(path);
  EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(s.status().message().find("newer"), std::string::npos);
}

TEST(SqliteStore, OpenErrorsAreClear) {
  TempDir dir;
  StoreOptions ro;
  ro.read_only = true;
  auto missing = OpenStore(dir.file("nope.db"), ro);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("triangulate ingest"), std::string::npos);
  EXPECT_EQ(OpenStore("postgres://localhost/x").status().code(), StatusCode::kUnsupported);
  auto url = OpenStore("sqlite:" + dir.file("u.db"));
  EXPECT_TRUE(url.ok()) << url.status().ToString();
}

}  // namespace
}  // namespace tri::store
