// Schema versions of the SQLite store, kept in PRAGMA user_version. Each migration runs in its
// own transaction together with the version bump, so an interrupted upgrade leaves the previous
// version intact. Never edit a released migration: add a new one.
#include "store/sqlite_schema.h"

#include <string>
#include <vector>

namespace tri::store {
namespace {

// v1: articles (raw bytes, text, metadata, content hash, every annotation layer), stories with
// their comparison, canonical entities with aliases and mentions, claims, syndication pairs
// and the FTS5 index over normalised titles and texts (see search_text.h).
constexpr const char* kV1 = R"sql(
CREATE TABLE articles(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT, title TEXT, outlet TEXT, agency TEXT, language TEXT,
  published TEXT,
  sort_minute INTEGER,
  story_id TEXT,
  raw BLOB,
  text TEXT NOT NULL,
  layers BLOB NOT NULL);
CREATE INDEX articles_story ON articles(story_id, sort_minute);
CREATE INDEX articles_recent ON articles(sort_minute DESC, id);
CREATE TABLE stories(
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  data BLOB NOT NULL,
  documents INTEGER NOT NULL,
  outlets TEXT NOT NULL,
  first_minute INTEGER, last_minute INTEGER,
  first_published TEXT, last_published TEXT,
  claims INTEGER NOT NULL,
  contradicted INTEGER NOT NULL);
CREATE INDEX stories_recent ON stories(last_minute DESC, id);
CREATE TABLE entities(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type INTEGER NOT NULL,
  data BLOB NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 0);
CREATE TABLE entity_aliases(
  type INTEGER NOT NULL, alias TEXT NOT NULL, entity_id TEXT NOT NULL,
  PRIMARY KEY(type, alias)) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
CREATE TABLE mentions(
  entity_id TEXT NOT NULL, article_id TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY(entity_id, article_id)) WITHOUT ROWID;
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE claims(
  article_id TEXT NOT NULL, claim_id TEXT NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  modality INTEGER NOT NULL, source TEXT,
  PRIMARY KEY(article_id, claim_id)) WITHOUT ROWID;
CREATE TABLE comparisons(
  story_id TEXT NOT NULL, claim_id TEXT NOT NULL,
  slot TEXT NOT NULL, statement TEXT NOT NULL, relation INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY(story_id, claim_id)) WITHOUT ROWID;
CREATE TABLE syndication(
  a TEXT NOT NULL, b TEXT NOT NULL, original TEXT, similarity REAL NOT NULL,
  PRIMARY KEY(a, b)) WITHOUT ROWID;
CREATE INDEX syndication_b ON syndication(b);
CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
)sql";

// v2: a key/value table recording how the search index was normalised (so a later change of
// the normalisation can rebuild the index), and an index for "most mentioned" entity lists.
constexpr const char* kV2 = R"sql(
CREATE TABLE store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO store_meta(key, value) VALUES ('search_normalization', '1');
CREATE INDEX entities_mentions ON entities(mentions DESC, id);
)sql";

const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> kMigrations = {kV1, kV2};
  return kMigrations;
}

Result<int> UserVersion(SqliteDb& db) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db.Prepare("PRAGMA user_version"));
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  return row ? static_cast<int>(s.Int(0)) : 0;
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(Migrations().size()); }

Result<int> Migrate(SqliteDb& db, int target) {
  const int latest = LatestSchemaVersion();
  if (target <= 0 || target > latest) target = latest;
  TRI_ASSIGN_OR_RETURN(int version, UserVersion(db));
  if (version > latest) {
    return Status::Unsupported("database schema version " + std::to_string(version) +
                               " is newer than this triangulate understands (" +
                               std::to_string(latest) + "); upgrade triangulate")
        .At(db.path());
  }
  while (version < target) {
    const int next = version + 1;
    TRI_RETURN_IF_ERROR(db.Transaction([&]() -> Status {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      TRI_ASSIGN_OR_RETURN(int now, UserVersion(db));
      if (now >= next) return Status();
      TRI_RETURN_IF_ERROR(db.Exec(Migrations()[next - 1]));
      return db.Exec("PRAGMA user_version = " + std::to_string(next));
    }));
    TRI_ASSIGN_OR_RETURN(version, UserVersion(db));
  }
  return version;
}

}  // namespace tri::store
