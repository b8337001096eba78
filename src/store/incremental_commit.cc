// Incremental ingest, committing side: story assignment against the stored stories, entity
// linking with stable ids, and the per-story recomputation, all written as one ChangeSet.
#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "annotate/quotes/quotes.h"
#include "core/hash.h"
#include "store/incremental_internal.h"

namespace tri {
namespace {

void UnionInto(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

// Links the mentions of one story's documents and maps each linked entity onto the stored
// entity that already has one of its names, so ids do not change as stories grow.
Status LinkStoryEntities(Store& store, std::vector<Document>& docs,
                         std::map<std::string, CanonicalEntity>& entities) {
  std::vector<CanonicalEntity> linked = LinkEntities(docs);
  std::map<std::string, std::pair<std::string, std::string>> remap;  // id -> stored id, name
  for (CanonicalEntity& e : linked) {
    std::vector<std::string> names = e.aliases;
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;  // the most specific first
    });
    names.insert(names.begin(), e.name);
    for (const std::string& n : names) {
      auto found = store.FindEntityByAlias(e.type, n);
      if (!found.ok()) return found.status();
      if (!found->has_value()) continue;
      if ((*found)->id != e.id) remap[e.id] = {(*found)->id, (*found)->name};
      break;
    }
  }
  for (CanonicalEntity& e : linked) {
    if (auto it = remap.find(e.id); it != remap.end()) {
      e.aliases.push_back(e.name);
      e.id = it->second.first;
      e.name = it->second.second;
    }
    if (auto it = remap.find(e.stands_for); it != remap.end()) e.stands_for = it->second.first;
    auto [slot, fresh] = entities.emplace(e.id, e);
    if (!fresh) {
      UnionInto(slot->second.aliases, e.aliases);
      UnionInto(slot->second.roles, e.roles);
      UnionInto(slot->second.affiliations, e.affiliations);
    }
  }
  for (Document& d : docs) {
    for (EntityMention& m : d.entities) {
      if (auto it = remap.find(m.canonical_id); it != remap.end()) {
        m.canonical_id = it->second.first;
        m.canonical = it->second.second;
      }
    }
    ApplyEntityLinks(d);
  }
  return Status();
}

}  // namespace

std::optional<int64_t> PublicationDay(const Document& doc) {
  const auto& p = doc.meta.published;
  if (!p || !p->date.valid()) return std::nullopt;
  return p->date.ToDays();
}

Status AssignIds(Store& store, std::vector<IncrementalIngester::Pending>& batch) {
  std::set<std::string> used, freed;
  for (const auto& p : batch) {
    if (p.replaces) freed.insert(p.replaces->id);
  }
  for (auto& p : batch) {
    const std::string base = p.doc.id.empty() ? HexId(p.key) : p.doc.id;
    std::string id = base;
    for (int n = 2;; ++n) {
      bool taken = used.count(id) > 0;
      if (!taken && !freed.count(id)) {
        TRI_ASSIGN_OR_RETURN(taken, store.HasArticleId(id));
      }
      if (!taken) break;
      id = base + "-" + std::to_string(n);
    }
    p.doc.id = id;
    used.insert(id);
  }
  return Status();
}

Status IncrementalIngester::CommitBatch(std::vector<Pending> batch, IngestStats& stats) {
  const PipelineOptions& po = pipeline_->options();
  std::set<std::string> replaced, touched;
  int64_t lo = INT64_MAX, hi = INT64_MIN;
  bool undated = false;
  for (const Pending& p : batch) {
    if (p.replaces) {
      replaced.insert(p.replaces->id);
      if (!p.replaces->story_id.empty()) touched.insert(p.replaces->story_id);
    }
    if (auto day = PublicationDay(p.doc)) {
      lo = std::min(lo, *day);
      hi = std::max(hi, *day);
    } else {
      undated = true;
    }
  }
  // Stored stories the batch may join: those overlapping its dates (± the story window).
  std::vector<std::string> candidates;
  if (lo <= hi) {
    TRI_ASSIGN_OR_RETURN(
        candidates, store_.StoriesInWindow(lo - po.stories.window_days, hi + po.stories.window_days,
                                           options_.candidate_stories));
  }
  if (undated) {
    TRI_ASSIGN_OR_RETURN(auto recent, store_.StoriesInWindow(INT32_MIN / 2, INT32_MAX / 2,
                                                             options_.candidate_stories));
    candidates.insert(candidates.end(), recent.begin(), recent.end());
  }
  std::set<std::string> to_load(candidates.begin(), candidates.end());
  to_load.insert(touched.begin(), touched.end());

  // Load them; stored articles keep their story.
  std::vector<Document> all;
  std::map<std::string, std::string> story_of;
  std::map<std::string, std::vector<std::string>> members;
  std::set<std::string> stored_story_ids;
  for (const std::string& sid : to_load) {
    TRI_ASSIGN_OR_RETURN(Story s, store_.GetStory(sid));
    stored_story_ids.insert(sid);
    std::vector<std::string> keep;
    for (const std::string& id : s.documents) {
      if (!replaced.count(id)) keep.push_back(id);
    }
    TRI_ASSIGN_OR_RETURN(std::vector<Document> docs, store_.GetDocuments(keep));
    for (Document& d : docs) {
      story_of[d.id] = sid;
      all.push_back(std::move(d));
    }
    members[sid] = keep;
  }
  std::map<std::string, Pending*> fresh;
  for (Pending& p : batch) {
    fresh[p.doc.id] = &p;
    all.push_back(p.doc);
  }
  std::vector<Document> ordered;
  ordered.reserve(all.size());
  for (size_t i : TimeOrder(all)) ordered.push_back(std::move(all[i]));

  // Each cluster with new articles: the stored story most of its stored articles are in, or a
  // new story.
  std::set<std::string> created;
  for (const Story& c : ClusterStories(ordered, po.stories)) {
    std::map<std::string, int> votes;
    std::vector<std::string> incoming;
    for (const std::string& id : c.documents) {
      if (fresh.count(id))
        incoming.push_back(id);
      else if (auto it = story_of.find(id); it != story_of.end())
        ++votes[it->second];
    }
    if (incoming.empty()) continue;
    std::string target;
    int best = 0;
    for (const auto& [sid, n] : votes) {
      if (n > best) target = sid, best = n;
    }
    if (target.empty()) {
      std::string base = c.id.empty() ? "s" + incoming[0] : c.id;
      target = base;
      for (int n = 2;; ++n) {
        bool taken = created.count(target) || stored_story_ids.count(target);
        if (!taken) {
          TRI_ASSIGN_OR_RETURN(taken, store_.HasStoryId(target));
        }
        if (!taken) break;
        target = base + "-" + std::to_string(n);
      }
      created.insert(target);
    }
    for (const std::string& id : incoming) members[target].push_back(id);
    touched.insert(target);
  }

  std::map<std::string, size_t> index;
  for (size_t i = 0; i < ordered.size(); ++i) index[ordered[i].id] = i;
  ChangeSet cs;
  IngestStats delta;  // added to `stats` only once the batch is committed
  cs.removed_documents.assign(replaced.begin(), replaced.end());
  std::map<std::string, CanonicalEntity> entities;
  for (const std::string& sid : touched) {
    const std::vector<std::string>& ids = members[sid];
    if (ids.empty()) {
      cs.removed_stories.push_back(sid);
      continue;
    }
    std::vector<Document> docs;
    for (const std::string& id : ids) docs.push_back(std::move(ordered[index.at(id)]));
    std::vector<Document> sorted;
    for (size_t i : TimeOrder(docs)) sorted.push_back(std::move(docs[i]));
    TRI_RETURN_IF_ERROR(LinkStoryEntities(store_, sorted, entities));
    Story story;
    story.id = sid;
    for (const Document& d : sorted) story.documents.push_back(d.id);
    InferPublicationDates(sorted, {story});
    std::vector<SyndicationPair> synd = FindSyndication(sorted, po.syndication);
    cs.syndication.insert(cs.syndication.end(), synd.begin(), synd.end());
    std::vector<Document*> ptrs;
    for (Document& d : sorted) ptrs.push_back(&d);
    CompareStory(story, ptrs, po.compare);
    story.timeline = BuildTimeline(story, std::vector<const Document*>(ptrs.begin(), ptrs.end()));
    for (Document& d : sorted) {
      ChangeSet::DocumentWrite w;
      auto it = fresh.find(d.id);
      w.content_changed = it != fresh.end();
      if (w.content_changed) {
        w.key = it->second->key;
        w.content_hash = it->second->hash;
        ++(it->second->replaces ? delta.updated : delta.added);
      }
      w.story_id = sid;
      w.doc = std::move(d);
      cs.documents.push_back(std::move(w));
    }
    ++(created.count(sid) ? delta.stories_created : delta.stories_updated);
    cs.stories.push_back(std::move(story));
  }
  for (auto& [id, e] : entities) cs.entities.push_back(std::move(e));
  TRI_RETURN_IF_ERROR(store_.Apply(cs));
  stats.added += delta.added;
  stats.updated += delta.updated;
  stats.stories_created += delta.stories_created;
  stats.stories_updated += delta.stories_updated;
  return Status();
}

}  // namespace tri
