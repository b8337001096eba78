// Store: where triangulate keeps what it has read and found, so a newsroom can ingest every day
// and search and browse later. One abstract interface; SQLite (WAL, FTS5) is the embedded
// default and a later backend (PostgreSQL) plugs in behind OpenStore().
//
// Promises of every implementation:
//  - every write is one transaction (Apply): after a crash the store holds either all of a
//    ChangeSet or none of it, so no story is ever half written;
//  - schema versions are migrated forward on open; a store written by a newer triangulate is
//    refused rather than damaged;
//  - one Store object is one connection: use it from one thread at a time and open one per
//    thread (the server keeps a pool). Readers never see "database is locked": busy waits and
//    retries stay inside the store.
//  - listings are deterministic (stable sort keys) and paged (Page), with hard caps.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"
#include "core/status.h"

namespace tri {

struct StoreOptions {
  int busy_timeout_ms = 10000;  // how long a write waits for another writer before failing
  bool read_only = false;       // the server opens read-only connections
  int migrate_to = 0;           // stop migrating at this schema version (tests); 0: latest
};

// Where the commands look when --db is not given: $TRIANGULATE_DB, else ./triangulate.db.
std::string DefaultStorePath();

// The identity of a stored article: its key (canonical URL, else URL, else source path) and
// the hash of its content (title and text). Same key and hash: unchanged; same key, other
// hash: a changed article that replaces the stored one.
struct ArticleRef {
  std::string id;
  std::string key;
  std::string content_hash;
  std::string story_id;
};

// What lists show of an article (no text, no annotations).
struct ArticleSummary {
  std::string id;
  std::string source;
  std::string url;
  std::string title;
  std::string outlet;
  std::string agency;
  std::string language;
  std::string published;  // ISO 8601 or "" (see Document::meta.published)
  std::string story_id;
};

// What a story page shows of one of its articles: the document without tokens, sentences or
// annotation layers (id, source, meta, language, text, sourcing, published_inferred), and how
// many claims and quotes it has.
struct ArticleCard {
  Document doc;
  size_t claims = 0;
  size_t quotes = 0;
};

struct StorySummary {
  std::string id;
  std::string title;
  int documents = 0;
  std::vector<std::string> outlets;  // distinct, sorted
  std::string first_published;       // ISO date-time of the earliest dated article, or ""
  std::string last_published;
  int claims = 0;        // compared claims
  int contradicted = 0;  // compared claims the outlets disagree on
};

// Paging for every listing: limit is clamped to [1, kMaxPageSize], offset to [0, kMaxOffset].
struct Page {
  static constexpr int kMaxPageSize = 200;
  static constexpr int kMaxOffset = 100000;
  int limit = 50;
  int offset = 0;
  Page Clamped() const;
};

struct SearchHit {
  ArticleSummary article;
  std::string snippet;           // a window of the article text around the best match
  std::vector<Span> highlights;  // byte ranges of matched words inside `snippet`
  double score = 0.0;            // higher is better (negated bm25)
};

struct SearchResults {
  std::vector<SearchHit> hits;
  bool more = false;  // another page exists
};

struct StoreStats {
  int64_t articles = 0;
  int64_t stories = 0;
  int64_t entities = 0;
  int64_t claims = 0;
  int schema_version = 0;
};

// One atomic write. Documents are upserted by id; stories are replaced whole; entities are
// merged into the stored ones with the same id (aliases, roles and affiliations united, mention
// counts recomputed from the stored documents).
struct ChangeSet {
  struct DocumentWrite {
    Document doc;              // annotated; doc.raw kept when content_changed
    std::string key;           // ArticleRef::key
    std::string content_hash;  // ArticleRef::content_hash
    std::string story_id;
    bool content_changed = true;  // false: only annotations and story membership changed
  };
  std::vector<DocumentWrite> documents;
  std::vector<std::string> removed_documents;
  std::vector<Story> stories;
  std::vector<std::string> removed_stories;
  std::vector<CanonicalEntity> entities;
  // Replaces every stored pair that involves a document of `documents`.
  std::vector<SyndicationPair> syndication;
};

class Store {
 public:
  virtual ~Store() = default;

  // ---- writes ----
  virtual Status Apply(const ChangeSet& changes) = 0;

  // ---- what incremental ingest needs ----
  virtual Result<std::optional<ArticleRef>> FindArticleByKey(std::string_view key) = 0;
  virtual Result<bool> HasArticleId(std::string_view id) = 0;
  virtual Result<bool> HasStoryId(std::string_view id) = 0;
  // Ids of stories with an article published in [from, to] (days since 1970, UTC), newest first.
  virtual Result<std::vector<std::string>> StoriesInWindow(int64_t from_day, int64_t to_day,
                                                           int limit) = 0;
  // Stored entity of `type` that has `alias` (compared folded) among its names, if any.
  virtual Result<std::optional<CanonicalEntity>> FindEntityByAlias(EntityType type,
                                                                   std::string_view alias) = 0;

  // ---- reads ----
  virtual Result<Document> GetDocument(std::string_view id, bool with_raw = false) = 0;
  // Documents in the order of `ids`; NotFound if any is missing.
  virtual Result<std::vector<Document>> GetDocuments(const std::vector<std::string>& ids) = 0;
  // Cards in the order of `ids`; NotFound if any is missing. Much cheaper than GetDocuments.
  virtual Result<std::vector<ArticleCard>> GetArticleCards(const std::vector<std::string>& ids) = 0;
  virtual Result<ArticleSummary> GetArticleSummary(std::string_view id) = 0;
  virtual Result<std::vector<ArticleSummary>> ListArticles(const Page& page,
                                                           std::string_view story_id = {}) = 0;
  virtual Result<Story> GetStory(std::string_view id) = 0;
  virtual Result<StorySummary> GetStorySummary(std::string_view id) = 0;
  // Newest first (last publication), then id.
  virtual Result<std::vector<StorySummary>> ListStories(const Page& page) = 0;
  virtual Result<std::vector<SyndicationPair>> SyndicationOf(
      const std::vector<std::string>& document_ids) = 0;
  // German-aware full-text search over titles and texts (see search_text.h for the syntax).
  virtual Result<SearchResults> Search(std::string_view query, const Page& page) = 0;
  virtual Result<CanonicalEntity> GetEntity(std::string_view id) = 0;
  // Entities whose name or an alias contains `name` (folded); most mentioned first.
  virtual Result<std::vector<CanonicalEntity>> FindEntities(std::string_view name,
                                                            const Page& page) = 0;
  virtual Result<std::vector<ArticleSummary>> ArticlesMentioning(std::string_view entity_id,
                                                                 const Page& page) = 0;
  virtual Result<StoreStats> Stats() = 0;
  // A number that changes with every committed Apply (by any process): equal values mean
  // nothing was written in between, so a reader may keep what it derived from the store.
  virtual Result<int64_t> Generation() = 0;
  // Storage-level and cross-table consistency (every article's story exists and lists it,
  // every story's documents exist, the search index matches the articles).
  virtual Status CheckConsistency() = 0;
};

// Opens (creating and migrating if needed) the store at `location`: a file path, or a URL
// "sqlite:PATH" / "file:PATH". Other schemes (postgres://) are reported as Unsupported.
Result<std::unique_ptr<Store>> OpenStore(std::string_view location,
                                         const StoreOptions& options = {});

// A stable content hash for an article (title and text), as stored in ArticleRef.
std::string ArticleContentHash(const Document& doc);
// The key an article is known by across runs: canonical URL, else URL, else source.
std::string ArticleKey(const Document& doc);

}  // namespace tri
