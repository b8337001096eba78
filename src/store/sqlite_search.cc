// SqliteStore: full-text search, entities, and the consistency check.
#include <algorithm>

#include "store/codec.h"
#include "store/sqlite_store.h"

namespace tri::store {
namespace {

// LIKE pattern for "contains", with the user's % and _ taken literally.
std::string ContainsPattern(std::string_view folded) {
  std::string p = "%";
  for (char c : folded) {
    if (c == '%' || c == '_' || c == '\\') p += '\\';
    p += c;
  }
  return p + "%";
}

}  // namespace

Result<SearchResults> SqliteStore::Search(std::string_view query, const Page& page) {
  TRI_ASSIGN_OR_RETURN(SearchQuery q, search_.ParseQuery(query));
  const Page p = page.Clamped();
  // Title matches weigh more than body matches; ties broken by rowid (ingest order) for a
  // stable order. The page is chosen inside the index first: joining before the LIMIT would
  // read the text of every match (10x slower for common words).
  TRI_ASSIGN_OR_RETURN(
      Stmt s, db_->Prepare("SELECT a.id, a.source, a.url, a.title, a.outlet, a.agency, a.language, "
                           "a.published, a.story_id, "
                           "m.score, a.text FROM (SELECT rowid, bm25(article_search, 4.0, 1.0) AS "
                           "score FROM article_search "
                           "WHERE article_search MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) m "
                           "JOIN articles a ON a.rid = m.rowid ORDER BY m.score, m.rowid"));
  s.Bind(1, q.match).Bind(2, p.limit + 1).Bind(3, p.offset);
  SearchResults out;
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) break;
    if (static_cast<int>(out.hits.size()) == p.limit) {
      out.more = true;
      s.Reset();
      break;
    }
    SearchHit h;
    h.article = ArticleSummary{s.Str(0), s.Str(1), s.Str(2), s.Str(3), s.Str(4),
                               s.Str(5), s.Str(6), s.Str(7), s.Str(8)};
    h.score = -s.Double(9);
    Snippet snip = search_.MakeSnippet(s.Text(10), h.article.language, q);
    h.snippet = std::move(snip.text);
    h.highlights = std::move(snip.highlights);
    out.hits.push_back(std::move(h));
  }
  return out;
}

Result<std::optional<CanonicalEntity>> SqliteStore::FindEntityByAlias(EntityType type,
                                                                      std::string_view alias) {
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare("SELECT e.data FROM entity_aliases x JOIN entities e ON e.id = x.entity_id "
                   "WHERE x.type = ? AND x.alias = ?"));
  s.Bind(1, static_cast<int>(type)).Bind(2, FoldWord(alias));
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return std::optional<CanonicalEntity>();
  TRI_ASSIGN_OR_RETURN(CanonicalEntity e, DecodeEntity(s.Text(0)));
  return std::optional<CanonicalEntity>(std::move(e));
}

Result<CanonicalEntity> SqliteStore::GetEntity(std::string_view id) {
  TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT data FROM entities WHERE id = ?"));
  s.Bind(1, id);
  TRI_ASSIGN_OR_RETURN(bool row, s.Step());
  if (!row) return Status::NotFound("no entity with id '" + std::string(id) + "'");
  return DecodeEntity(s.Text(0));
}

Result<std::vector<CanonicalEntity>> SqliteStore::FindEntities(std::string_view name,
                                                               const Page& page) {
  const Page p = page.Clamped();
  const std::string folded = FoldWord(name);
  // Exact name matches first, then the most mentioned.
  TRI_ASSIGN_OR_RETURN(
      Stmt s, db_->Prepare("SELECT e.data FROM entities e WHERE e.mentions > 0 AND e.id IN "
                           "(SELECT entity_id FROM entity_aliases WHERE alias LIKE ?1 ESCAPE '\\') "
                           "ORDER BY (SELECT count(*) FROM entity_aliases x WHERE x.entity_id = "
                           "e.id AND x.alias = ?2) DESC, "
                           "e.mentions DESC, e.id LIMIT ?3 OFFSET ?4"));
  s.Bind(1, ContainsPattern(folded)).Bind(2, folded).Bind(3, p.limit).Bind(4, p.offset);
  std::vector<CanonicalEntity> out;
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) break;
    TRI_ASSIGN_OR_RETURN(CanonicalEntity e, DecodeEntity(s.Text(0)));
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<ArticleSummary>> SqliteStore::ArticlesMentioning(std::string_view entity_id,
                                                                    const Page& page) {
  const Page p = page.Clamped();
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare("SELECT a.id, a.source, a.url, a.title, a.outlet, a.agency, a.language, "
                   "a.published, a.story_id "
                   "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? "
                   "ORDER BY a.sort_minute DESC NULLS LAST, a.id LIMIT ? OFFSET ?"));
  s.Bind(1, entity_id).Bind(2, p.limit).Bind(3, p.offset);
  std::vector<ArticleSummary> out;
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row) break;
    out.push_back(ArticleSummary{s.Str(0), s.Str(1), s.Str(2), s.Str(3), s.Str(4), s.Str(5),
                                 s.Str(6), s.Str(7), s.Str(8)});
  }
  return out;
}

Status SqliteStore::CheckConsistency() {
  {
    TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("PRAGMA quick_check"));
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (!row || s.Text(0) != "ok")
      return Status::Corrupt("quick_check: " + (row ? s.Str(0) : std::string("no answer")));
    s.Reset();
  }
  struct Check {
    const char* what;
    const char* sql;
  };
  const Check checks[] = {
      {"articles without a stored story",
       "SELECT count(*) FROM articles WHERE story_id IS NULL OR story_id NOT IN (SELECT id FROM "
       "stories)"},
      {"stories whose document count disagrees with their articles",
       "SELECT count(*) FROM stories s WHERE documents != (SELECT count(*) FROM articles WHERE "
       "story_id = s.id)"},
      {"search index rows without an article",
       "SELECT (SELECT count(*) FROM article_search) - (SELECT count(*) FROM articles)"},
      {"mentions of missing articles",
       "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"},
      {"claims of missing articles",
       "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"},
      {"duplicate article keys", "SELECT count(*) - count(DISTINCT key) FROM articles"},
  };
  for (const Check& c : checks) {
    TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare(c.sql));
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (row && s.Int(0) != 0)
      return Status::Corrupt(std::to_string(s.Int(0)) + " " + c.what).At(db_->path());
    s.Reset();
  }
  // Every story lists exactly the articles that point at it.
  TRI_ASSIGN_OR_RETURN(Stmt st, db_->Prepare("SELECT id, data FROM stories ORDER BY id"));
  TRI_ASSIGN_OR_RETURN(Stmt members,
                       db_->Prepare("SELECT id FROM articles WHERE story_id = ? ORDER BY id"));
  while (true) {
    TRI_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    TRI_ASSIGN_OR_RETURN(Story story, DecodeStory(st.Text(1)));
    std::vector<std::string> listed = story.documents, stored;
    std::sort(listed.begin(), listed.end());
    members.Reset();
    members.Bind(1, st.Text(0));
    while (true) {
      TRI_ASSIGN_OR_RETURN(bool m, members.Step());
      if (!m) break;
      stored.push_back(members.Str(0));
    }
    if (listed != stored) {
      return Status::Corrupt("story " + st.Str(0) + " lists other documents than point at it")
          .At(db_->path());
    }
  }
  return Status();
}

}  // namespace tri::store
