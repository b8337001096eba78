// SqliteStore: the embedded Store (one SQLite file in WAL mode, FTS5 search). Internal header;
// users go through store.h.
#pragma once

#include <memory>
#include <set>

#include "store/search_text.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace tri::store {

class SqliteStore final : public Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  Status Apply(const ChangeSet& changes) override;
  Result<std::optional<ArticleRef>> FindArticleByKey(std::string_view key) override;
  Result<bool> HasArticleId(std::string_view id) override;
  Result<bool> HasStoryId(std::string_view id) override;
  Result<std::vector<std::string>> StoriesInWindow(int64_t from_day, int64_t to_day,
                                                   int limit) override;
  Result<std::optional<CanonicalEntity>> FindEntityByAlias(EntityType type,
                                                           std::string_view alias) override;
  Result<Document> GetDocument(std::string_view id, bool with_raw) override;
  Result<std::vector<Document>> GetDocuments(const std::vector<std::string>& ids) override;
  Result<std::vector<ArticleCard>> GetArticleCards(const std::vector<std::string>& ids) override;
  Result<ArticleSummary> GetArticleSummary(std::string_view id) override;
  Result<std::vector<ArticleSummary>> ListArticles(const Page& page,
                                                   std::string_view story_id) override;
  Result<Story> GetStory(std::string_view id) override;
  Result<StorySummary> GetStorySummary(std::string_view id) override;
  Result<std::vector<StorySummary>> ListStories(const Page& page) override;
  Result<std::vector<SyndicationPair>> SyndicationOf(const std::vector<std::string>& ids) override;
  Result<SearchResults> Search(std::string_view query, const Page& page) override;
  Result<CanonicalEntity> GetEntity(std::string_view id) override;
  Result<std::vector<CanonicalEntity>> FindEntities(std::string_view name,
                                                    const Page& page) override;
  Result<std::vector<ArticleSummary>> ArticlesMentioning(std::string_view entity_id,
                                                         const Page& page) override;
  Result<StoreStats> Stats() override;
  Result<int64_t> Generation() override;
  Status CheckConsistency() override;

 private:
  explicit SqliteStore(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}

  // Apply's steps (sqlite_write.cc), all inside its transaction.
  Status RemoveDocument(const std::string& id, std::set<std::string>& touched_entities);
  Status WriteDocument(const ChangeSet::DocumentWrite& w, std::set<std::string>& touched_entities);
  Status WriteStory(const Story& story);
  Status RemoveStory(const std::string& id);
  Status MergeEntity(const CanonicalEntity& e);
  Status RecountEntity(const std::string& id);
  Status WriteSyndication(const ChangeSet& changes);

  std::unique_ptr<SqliteDb> db_;
  SearchText search_;
};

// Minutes since 1970-01-01 UTC used to sort articles: the publication time, else the start of
// the inferred interval, else none.
std::optional<int64_t> SortMinute(const Document& doc);
// Outlet list column <-> vector (newline separated).
std::vector<std::string> SplitLines(std::string_view s);

}  // namespace tri::store
