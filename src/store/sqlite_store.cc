// SqliteStore: opening, and the reads incremental ingest and the story views need.
#include "store/sqlite_store.h"

#include <filesystem>

#include "store/codec.h"
#include "store/sqlite_schema.h"

namespace tri::store {
namespace {

constexpr const char* kSummaryColumns =
    "id, source, url, title, outlet, agency, language, published, story_id";

ArticleSummary ReadSummary(const Stmt& s, int c = 0) {
  ArticleSummary a;
  a.id = s.Str(c);
  a.source = s.Str(c + 1);
  a.url = s.Str(c + 2);
  a.title = s.Str(c + 3);
  a.outlet = s.Str(c + 4);
  a.agency = s.Str(c + 5);
  a.language = s.Str(c + 6);
  a.published = s.Str(c + 7);
  a.story_id = s.Str(c + 8);
  return a;
}

constexpr const char* kStoryColumns =
    "id, title, documents, outlets, first_published, last_published, claims, contradicted";

StorySummary ReadStorySummary(const Stmt& s) {
  StorySummary t;
  t.id = s.Str(0);
  t.title = s.Str(1);
  t.documents = static_cast<int>(s.Int(2));
  t.outlets = SplitLines(s.Text(3));
  t.first_published = s.Str(4);
  t.last_published = s.Str(5);
  t.claims = static_cast<int>(s.Int(6));
  t.contradicted = static_cast<int>(s.Int(7));
  return t;
}

}  // namespace

std::vector<std::string> SplitLines(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    if (nl > pos) out.emplace_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

std::optional<int64_t> SortMinute(const Document& doc) {
  if (const auto& p = doc.meta.published; p && p->date.valid()) {
    return p->date.ToDays() * 1440 + (p->has_time ? p->hour * 60 + p->minute : 0) -
           p->utc_offset_minutes.value_or(0);
  }
  if (doc.published_inferred && doc.published_inferred->earliest.valid()) {
    return doc.published_inferred->earliest.ToDays() * 1440;
  }
  return std::nullopt;
}

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path,
                                                 const StoreOptions& options) {
  std::error_code ec;
  if (options.read_only && !std::filesystem::exists(path, ec)) {
    return Status::NotFound("no database here; create one with `triangulate ingest --db " + path +
                            " PATH...`")
        .At(path);
  }
  TRI_ASSIGN_OR_RETURN(auto db, SqliteDb::Open(path, false, options.busy_timeout_ms));
  if (!options.read_only) {
    // WAL: readers never block the writer and the writer never blocks readers; NORMAL sync is
    // durable across process crashes (kill -9), which is what ingest must survive.
    TRI_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
  }
  TRI_RETURN_IF_ERROR(
      db->Exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32000; "
               "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456"));
  if (options.read_only) {
    TRI_ASSIGN_OR_RETURN(Stmt s, db->Prepare("PRAGMA user_version"));
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    const int version = row ? static_cast<int>(s.Int(0)) : 0;
    if (version != LatestSchemaVersion()) {
      return Status::Unsupported("database schema version " + std::to_string(version) +
                                 ", this triangulate reads version " +
                                 std::to_string(LatestSchemaVersion()) +
                                 "; run `triangulate ingest` once to migrate it")
          .At(path);
    }
    TRI_RETURN_IF_ERROR(db->Exec("PRAGMA query_only=ON"));
  } else {
    TRI_ASSIGN_OR_RETURN(int version, Migrate(*db, options.migrate_to));
    (void)version;
  }
  return std::unique_ptr<Store>(new SqliteStore(std::move(db)));
}

Result<std::optional<ArticleRef>> SqliteStore::FindArticleByKey(std::string_view key) {
  TRI_ASSIGN_OR_RETURN(
      Stmt s, db_->Prepare("SELECT id, key, content_hash, story_id FROM articles WHERE key = ?"));
  s.Bind(1, key);
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return std::optional<ArticleRef>();
  return std::optional<ArticleRef>(ArticleRef{s.Str(0), s.Str(1), s.Str(2), s.Str(3)});
}

Result<bool> SqliteStore::HasArticleId(std::string_view id) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT 1 FROM articles WHERE id = ?"));
  s.Bind(1, id);
  return s.Step();
}

Result<bool> SqliteStore::HasStoryId(std::string_view id) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT 1 FROM stories WHERE id = ?"));
  s.Bind(1, id);
  return s.Step();
}

Result<std::vector<std::string>> SqliteStore::StoriesInWindow(int64_t from_day, int64_t to_day,
                                                              int limit) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT id FROM stories WHERE (last_minute >= ? AND "
                                            "first_minute < ?) OR first_minute IS NULL "
                                            "ORDER BY last_minute DESC, id LIMIT ?"));
  s.Bind(1, from_day * 1440).Bind(2, (to_day + 1) * 1440).Bind(3, limit);
  std::vector<std::string> ids;
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) break;
    ids.push_back(s.Str(0));
  }
  return ids;
}

Result<Document> SqliteStore::GetDocument(std::string_view id, bool with_raw) {
  TRI_ASSIGN_OR_RETURN(Stmt s,
                       db_->Prepare(with_raw ? "SELECT text, layers, raw FROM articles WHERE id = ?"
                                             : "SELECT text, layers FROM articles WHERE id = ?"));
  s.Bind(1, id);
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return Status::NotFound("no article with id '" + std::string(id) + "'");
  Document d;
  d.text = s.Str(0);
  TRI_RETURN_IF_ERROR(DecodeDocument(s.Text(1), d));
  if (with_raw) d.raw = s.Str(2);
  return d;
}

Result<std::vector<Document>> SqliteStore::GetDocuments(const std::vector<std::string>& ids) {
  std::vector<Document> docs;
  docs.reserve(ids.size());
  for (const std::string& id : ids) {
    TRI_ASSIGN_OR_RETURN(Document d, GetDocument(id, false));
    docs.push_back(std::move(d));
  }
  return docs;
}

Result<std::vector<ArticleCard>> SqliteStore::GetArticleCards(const std::vector<std::string>& ids) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT text, layers FROM articles WHERE id = ?"));
  std::vector<ArticleCard> cards;
  cards.reserve(ids.size());
  for (const std::string& id : ids) {
    s.Reset();
    s.Bind(1, id);
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) return Status::NotFound("no article with id '" + id + "'");
    ArticleCard card;
    card.doc.text = s.Str(0);
    LayerCounts counts;
    TRI_RETURN_IF_ERROR(DecodeDocumentHead(s.Text(1), card.doc, counts));
    card.claims = counts.claims;
    card.quotes = counts.quotes;
    cards.push_back(std::move(card));
  }
  return cards;
}

Result<ArticleSummary> SqliteStore::GetArticleSummary(std::string_view id) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare(std::string("SELECT ") + kSummaryColumns +
                                            " FROM articles WHERE id = ?"));
  s.Bind(1, id);
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return Status::NotFound("no article with id '" + std::string(id) + "'");
  return ReadSummary(s);
}

Result<std::vector<ArticleSummary>> SqliteStore::ListArticles(const Page& page,
                                                              std::string_view story_id) {
  const Page p = page.Clamped();
  const std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM articles " +
                          (story_id.empty() ? "" : "WHERE story_id = ?3 ") +
                          "ORDER BY sort_minute DESC NULLS LAST, id LIMIT ?1 OFFSET ?2";
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare(sql));
  s.Bind(1, p.limit).Bind(2, p.offset);
  if (!story_id.empty()) s.Bind(3, story_id);
  std::vector<ArticleSummary> out;
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) break;
    out.push_back(ReadSummary(s));
  }
  return out;
}

Result<Story> SqliteStore::GetStory(std::string_view id) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT data FROM stories WHERE id = ?"));
  s.Bind(1, id);
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return Status::NotFound("no story with id '" + std::string(id) + "'");
  return DecodeStory(s.Text(0));
}

Result<StorySummary> SqliteStore::GetStorySummary(std::string_view id) {
  TRI_ASSIGN_OR_RETURN(
      Stmt s, db_->Prepare(std::string("SELECT ") + kStoryColumns + " FROM stories WHERE id = ?"));
  s.Bind(1, id);
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return Status::NotFound("no story with id '" + std::string(id) + "'");
  return ReadStorySummary(s);
}

Result<std::vector<StorySummary>> SqliteStore::ListStories(const Page& page) {
  const Page p = page.Clamped();
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare(std::string("SELECT ") + kStoryColumns +
                   " FROM stories ORDER BY last_minute DESC NULLS LAST, id LIMIT ? OFFSET ?"));
  s.Bind(1, p.limit).Bind(2, p.offset);
  std::vector<StorySummary> out;
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) break;
    out.push_back(ReadStorySummary(s));
  }
  return out;
}

Result<std::vector<SyndicationPair>> SqliteStore::SyndicationOf(
    const std::vector<std::string>& ids) {
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare("SELECT a, b, original, similarity FROM syndication WHERE a = ?1 OR b = ?1"));
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<SyndicationPair> out;
  for (const std::string& id : ids) {
    s.Reset();
    s.Bind(1, id);
    while (true) {
      TRI_ASSIGN_OR_RETURN(bool row, s.Step());
      if (!row) break;
      SyndicationPair p{s.Str(0), s.Str(1), s.Str(2), s.Double(3)};
      if (seen.insert({p.a, p.b}).second) out.push_back(std::move(p));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const auto& x, const auto& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  return out;
}

Result<StoreStats> SqliteStore::Stats() {
  StoreStats st;
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories), "
                   "(SELECT count(*) FROM entities), (SELECT count(*) FROM claims), "
                   "(SELECT user_version FROM pragma_user_version)"));
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (row) {
    st.articles = s.Int(0);
    st.stories = s.Int(1);
    st.entities = s.Int(2);
    st.claims = s.Int(3);
    st.schema_version = static_cast<int>(s.Int(4));
  }
  return st;
}

Result<int64_t> SqliteStore::Generation() {
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare("SELECT CAST(value AS INTEGER) FROM store_meta WHERE key = 'generation'"));
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  return row ? s.Int(0) : int64_t{0};
}

}  // namespace tri::store
