// SqliteStore::Apply: one ChangeSet, one transaction. Derived tables (search index, mentions,
// claims, comparisons, story summary columns, entity mention counts) are rewritten from the
// values in the same transaction, so they can never disagree with the articles after a crash.
#include <algorithm>
#include <map>

#include "store/codec.h"
#include "store/sqlite_store.h"

namespace tri::store {
namespace {

std::string JoinLines(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "\n") + s;
  return out;
}

void UnionInto(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

}  // namespace

Status SqliteStore::Apply(const ChangeSet& changes) {
  return db_->Transaction([&]() -> Status {
    std::set<std::string> touched_entities;
    for (const std::string& id : changes.removed_documents) {
      TRI_RETURN_IF_ERROR(RemoveDocument(id, touched_entities));
    }
    for (const std::string& id : changes.removed_stories) TRI_RETURN_IF_ERROR(RemoveStory(id));
    for (const CanonicalEntity& e : changes.entities) {
      TRI_RETURN_IF_ERROR(MergeEntity(e));
      touched_entities.insert(e.id);
    }
    for (const ChangeSet::DocumentWrite& w : changes.documents) {
      TRI_RETURN_IF_ERROR(WriteDocument(w, touched_entities));
    }
    for (const Story& s : changes.stories) TRI_RETURN_IF_ERROR(WriteStory(s));
    for (const std::string& id : touched_entities) TRI_RETURN_IF_ERROR(RecountEntity(id));
    TRI_RETURN_IF_ERROR(WriteSyndication(changes));
    // Readers that cache what they derived (the server's story pages) compare this number.
    return db_->Exec(
        "INSERT INTO store_meta(key, value) VALUES('generation', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
  });
}

Status SqliteStore::RemoveDocument(const std::string& id, std::set<std::string>& touched_entities) {
  {
    TRI_ASSIGN_OR_RETURN(Stmt s,
                         db_->Prepare("SELECT entity_id FROM mentions WHERE article_id = ?"));
    s.Bind(1, id);
    while (true) {
      TRI_ASSIGN_OR_RETURN(bool row, s.Step());
      if (!row) break;
      touched_entities.insert(s.Str(0));
    }
  }
  for (const char* sql :
       {"DELETE FROM article_search WHERE rowid = (SELECT rid FROM articles WHERE id = ?1)",
        "DELETE FROM mentions WHERE article_id = ?1", "DELETE FROM claims WHERE article_id = ?1",
        "DELETE FROM syndication WHERE a = ?1 OR b = ?1", "DELETE FROM articles WHERE id = ?1"}) {
    TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare(sql));
    TRI_RETURN_IF_ERROR(s.Bind(1, id).Run());
  }
  return Status();
}

Status SqliteStore::WriteDocument(const ChangeSet::DocumentWrite& w,
                                  std::set<std::string>& touched_entities) {
  const Document& d = w.doc;
  const std::optional<int64_t> minute = SortMinute(d);
  const std::string layers = EncodeDocument(d);
  if (w.content_changed) {
    TRI_ASSIGN_OR_RETURN(
        Stmt s,
        db_->Prepare(
            "INSERT INTO articles(id, key, content_hash, source, url, title, outlet, agency, "
            "language, "
            "published, sort_minute, story_id, raw, text, layers) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
            "ON CONFLICT(id) DO UPDATE SET key = ?2, content_hash = ?3, source = ?4, url = ?5, "
            "title = ?6, outlet = ?7, agency = ?8, language = ?9, published = ?10, sort_minute = "
            "?11, "
            "story_id = ?12, raw = ?13, text = ?14, layers = ?15"));
    s.Bind(1, d.id).Bind(2, w.key).Bind(3, w.content_hash).Bind(4, d.source);
    s.BindTextOrNull(5, d.meta.url)
        .BindTextOrNull(6, d.meta.title)
        .BindTextOrNull(7, d.meta.outlet);
    s.BindTextOrNull(8, d.meta.agency)
        .Bind(9, d.language.empty() ? std::string("und") : d.language);
    s.BindTextOrNull(10, d.meta.published ? d.meta.published->ToIso() : std::string());
    if (minute)
      s.Bind(11, *minute);
    else
      s.BindNull(11);
    s.BindTextOrNull(12, w.story_id).BindBlob(13, d.raw).Bind(14, d.text).BindBlob(15, layers);
    TRI_RETURN_IF_ERROR(s.Run());
    TRI_ASSIGN_OR_RETURN(
        Stmt del,
        db_->Prepare(
            "DELETE FROM article_search WHERE rowid = (SELECT rid FROM articles WHERE id = ?)"));
    TRI_RETURN_IF_ERROR(del.Bind(1, d.id).Run());
    TRI_ASSIGN_OR_RETURN(Stmt ins, db_->Prepare("INSERT INTO article_search(rowid, title, body) "
                                                "SELECT rid, ?2, ?3 FROM articles WHERE id = ?1"));
    ins.Bind(1, d.id).Bind(2, search_.IndexTerms(d.meta.title, d.language));
    ins.Bind(3, search_.IndexTerms(d.text, d.language));
    TRI_RETURN_IF_ERROR(ins.Run());
  } else {
    TRI_ASSIGN_OR_RETURN(
        Stmt s,
        db_->Prepare(
            "UPDATE articles SET layers = ?2, story_id = ?3, sort_minute = ?4 WHERE id = ?1"));
    s.Bind(1, d.id).BindBlob(2, layers).BindTextOrNull(3, w.story_id);
    if (minute)
      s.Bind(4, *minute);
    else
      s.BindNull(4);
    TRI_RETURN_IF_ERROR(s.Run());
    if (sqlite3_changes(db_->handle()) != 1) {
      return Status::NotFound("annotation update for an article that is not stored: " + d.id);
    }
  }

  // Mentions per linked entity (the entity page lists articles by these).
  {
    TRI_ASSIGN_OR_RETURN(Stmt old,
                         db_->Prepare("SELECT entity_id FROM mentions WHERE article_id = ?"));
    old.Bind(1, d.id);
    while (true) {
      TRI_ASSIGN_OR_RETURN(bool row, old.Step());
      if (!row) break;
      touched_entities.insert(old.Str(0));
    }
  }
  TRI_ASSIGN_OR_RETURN(Stmt clear, db_->Prepare("DELETE FROM mentions WHERE article_id = ?"));
  TRI_RETURN_IF_ERROR(clear.Bind(1, d.id).Run());
  std::map<std::string, int> counts;
  for (const EntityMention& m : d.entities) {
    if (!m.canonical_id.empty()) ++counts[m.canonical_id];
  }
  TRI_ASSIGN_OR_RETURN(
      Stmt men, db_->Prepare("INSERT INTO mentions(entity_id, article_id, count) VALUES(?, ?, ?)"));
  for (const auto& [entity, n] : counts) {
    touched_entities.insert(entity);
    TRI_RETURN_IF_ERROR(men.Bind(1, entity).Bind(2, d.id).Bind(3, n).Run());
  }

  TRI_ASSIGN_OR_RETURN(Stmt cclear, db_->Prepare("DELETE FROM claims WHERE article_id = ?"));
  TRI_RETURN_IF_ERROR(cclear.Bind(1, d.id).Run());
  TRI_ASSIGN_OR_RETURN(Stmt cl,
                       db_->Prepare("INSERT OR REPLACE INTO claims(article_id, claim_id, begin, "
                                    "end, modality, source) VALUES(?, ?, ?, ?, ?, ?)"));
  for (const Claim& c : d.claims) {
    cl.Bind(1, d.id).Bind(2, c.id).Bind(3, static_cast<int64_t>(c.span.begin));
    cl.Bind(4, static_cast<int64_t>(c.span.end))
        .Bind(5, static_cast<int>(c.modality))
        .BindTextOrNull(6, c.source);
    TRI_RETURN_IF_ERROR(cl.Run());
  }
  return Status();
}

Status SqliteStore::RemoveStory(const std::string& id) {
  for (const char* sql :
       {"DELETE FROM comparisons WHERE story_id = ?", "DELETE FROM stories WHERE id = ?"}) {
    TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare(sql));
    TRI_RETURN_IF_ERROR(s.Bind(1, id).Run());
  }
  return Status();
}

Status SqliteStore::WriteStory(const Story& story) {
  TRI_RETURN_IF_ERROR(RemoveStory(story.id));
  // Summary columns come from the stored articles, which this transaction has already updated.
  std::vector<std::string> outlets;
  {
    TRI_ASSIGN_OR_RETURN(
        Stmt s,
        db_->Prepare(
            "SELECT DISTINCT coalesce(outlet, '') FROM articles WHERE story_id = ? ORDER BY 1"));
    s.Bind(1, story.id);
    while (true) {
      TRI_ASSIGN_OR_RETURN(bool row, s.Step());
      if (!row) break;
      if (!s.Text(0).empty()) outlets.push_back(s.Str(0));
    }
  }
  int contradicted = 0;
  for (const ComparedClaim& c : story.claims) contradicted += c.relation == Relation::kContradicted;
  TRI_ASSIGN_OR_RETURN(
      Stmt s,
      db_->Prepare(
          "INSERT INTO stories(id, title, data, documents, outlets, first_minute, last_minute, "
          "first_published, last_published, claims, contradicted) "
          "SELECT ?1, ?2, ?3, ?4, ?5, min(sort_minute), max(sort_minute), "
          "(SELECT published FROM articles WHERE story_id = ?1 AND sort_minute IS NOT NULL ORDER "
          "BY sort_minute, id LIMIT 1), "
          "(SELECT published FROM articles WHERE story_id = ?1 AND sort_minute IS NOT NULL ORDER "
          "BY sort_minute DESC, id LIMIT 1), "
          "?6, ?7 FROM articles WHERE story_id = ?1"));
  s.Bind(1, story.id).Bind(2, story.title).BindBlob(3, EncodeStory(story));
  s.Bind(4, static_cast<int64_t>(story.documents.size())).Bind(5, JoinLines(outlets));
  s.Bind(6, static_cast<int64_t>(story.claims.size())).Bind(7, contradicted);
  TRI_RETURN_IF_ERROR(s.Run());
  TRI_ASSIGN_OR_RETURN(Stmt c, db_->Prepare("INSERT OR REPLACE INTO comparisons(story_id, "
                                            "claim_id, slot, statement, relation, documents) "
                                            "VALUES(?, ?, ?, ?, ?, ?)"));
  for (const ComparedClaim& cc : story.claims) {
    c.Bind(1, story.id).Bind(2, cc.id).Bind(3, cc.slot).Bind(4, cc.statement);
    c.Bind(5, static_cast<int>(cc.relation)).Bind(6, static_cast<int64_t>(cc.values.size()));
    TRI_RETURN_IF_ERROR(c.Run());
  }
  return Status();
}

Status SqliteStore::MergeEntity(const CanonicalEntity& incoming) {
  CanonicalEntity e = incoming;
  {
    TRI_ASSIGN_OR_RETURN(Stmt s, db_->Prepare("SELECT data FROM entities WHERE id = ?"));
    s.Bind(1, e.id);
    TRI_ASSIGN_OR_RETURN(bool row, s.Step());
    if (row) {
      TRI_ASSIGN_OR_RETURN(CanonicalEntity old, DecodeEntity(s.Text(0)));
      e.name = old.name;  // the first name an entity was stored under stays its name
      if (!old.stands_for.empty()) e.stands_for = old.stands_for;
      UnionInto(e.aliases, old.aliases);
      UnionInto(e.roles, old.roles);
      UnionInto(e.affiliations, old.affiliations);
    }
  }
  UnionInto(e.aliases, {incoming.name});
  TRI_ASSIGN_OR_RETURN(
      Stmt w,
      db_->Prepare(
          "INSERT OR REPLACE INTO entities(id, name, type, data, mentions) VALUES(?, ?, ?, ?, 0)"));
  TRI_RETURN_IF_ERROR(w.Bind(1, e.id)
                          .Bind(2, e.name)
                          .Bind(3, static_cast<int>(e.type))
                          .BindBlob(4, EncodeEntity(e))
                          .Run());
  TRI_ASSIGN_OR_RETURN(
      Stmt a,
      db_->Prepare("INSERT OR IGNORE INTO entity_aliases(type, alias, entity_id) VALUES(?, ?, ?)"));
  std::vector<std::string> names = e.aliases;
  names.push_back(e.name);
  for (const std::string& n : names) {
    const std::string folded = FoldWord(n);
    if (folded.empty()) continue;
    TRI_RETURN_IF_ERROR(a.Bind(1, static_cast<int>(e.type)).Bind(2, folded).Bind(3, e.id).Run());
  }
  return Status();
}

Status SqliteStore::RecountEntity(const std::string& id) {
  TRI_ASSIGN_OR_RETURN(Stmt s,
                       db_->Prepare("UPDATE entities SET mentions = (SELECT coalesce(sum(count), "
                                    "0) FROM mentions WHERE entity_id = ?1) WHERE id = ?1"));
  TRI_RETURN_IF_ERROR(s.Bind(1, id).Run());
  // Keep the blob's count in step with the column, so GetEntity needs no second query.
  TRI_ASSIGN_OR_RETURN(Stmt r, db_->Prepare("SELECT data, mentions FROM entities WHERE id = ?"));
  r.Bind(1, id);
  TRI_ASSIGN_OR_RETURN(bool row, r.Step());
  if (!row) return Status();
  TRI_ASSIGN_OR_RETURN(CanonicalEntity e, DecodeEntity(r.Text(0)));
  e.mentions = static_cast<int>(r.Int(1));
  r.Reset();
  TRI_ASSIGN_OR_RETURN(Stmt w, db_->Prepare("UPDATE entities SET data = ? WHERE id = ?"));
  return w.BindBlob(1, EncodeEntity(e)).Bind(2, id).Run();
}

Status SqliteStore::WriteSyndication(const ChangeSet& changes) {
  TRI_ASSIGN_OR_RETURN(Stmt del, db_->Prepare("DELETE FROM syndication WHERE a = ?1 OR b = ?1"));
  for (const ChangeSet::DocumentWrite& w : changes.documents) {
    TRI_RETURN_IF_ERROR(del.Bind(1, w.doc.id).Run());
  }
  TRI_ASSIGN_OR_RETURN(
      Stmt ins,
      db_->Prepare(
          "INSERT OR REPLACE INTO syndication(a, b, original, similarity) VALUES(?, ?, ?, ?)"));
  for (const SyndicationPair& p : changes.syndication) {
    const bool swap = p.b < p.a;
    ins.Bind(1, swap ? p.b : p.a)
        .Bind(2, swap ? p.a : p.b)
        .BindTextOrNull(3, p.original)
        .Bind(4, p.similarity);
    TRI_RETURN_IF_ERROR(ins.Run());
  }
  return Status();
}

}  // namespace tri::store
