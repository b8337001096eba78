#include "server/story_json.h"

#include <map>
#include <set>

#include "store/store_json.h"

namespace tri::server {
namespace {

struct LoadedStory {
  Story story;
  std::vector<Document> docs;
};

Result<LoadedStory> Load(Store& store, const std::string& id) {
  LoadedStory s;
  TRI_ASSIGN_OR_RETURN(s.story, store.GetStory(id));
  TRI_ASSIGN_OR_RETURN(s.docs, store.GetDocuments(s.story.documents));
  return s;
}

// What each document says on each compared claim, quoted from its text.
Json EvidenceJson(const LoadedStory& s) {
  std::map<std::string, const Document*> by_id;
  for (const Document& d : s.docs) by_id[d.id] = &d;
  Json evidence = Json::object();
  for (const ComparedClaim& c : s.story.claims) {
    Json per_doc = Json::object();
    for (const auto& [doc_id, v] : c.values) {
      auto it = by_id.find(doc_id);
      per_doc[doc_id] =
          it == by_id.end() ? std::string() : std::string(it->second->slice(v.evidence));
    }
    evidence[c.id] = per_doc;
  }
  return evidence;
}

}  // namespace

Result<Json> StoryDetailJson(Store& store, const std::string& id) {
  TRI_ASSIGN_OR_RETURN(LoadedStory s, Load(store, id));
  TRI_ASSIGN_OR_RETURN(StorySummary summary, store.GetStorySummary(id));
  TRI_ASSIGN_OR_RETURN(std::vector<SyndicationPair> synd, store.SyndicationOf(s.story.documents));
  JsonOptions no_layers;
  no_layers.annotations = true;
  no_layers.tokens = false;
  Json articles = Json::array();
  for (const Document& d : s.docs) {
    ArticleSummary a{d.id,
                     d.source,
                     d.meta.url,
                     d.meta.title,
                     d.meta.outlet,
                     d.meta.agency,
                     d.language,
                     d.meta.published ? d.meta.published->ToIso() : std::string(),
                     id};
    Json j = ArticleSummaryToJson(a);
    // The report module owns the sourcing/inferred-date JSON; a shell document without text
    // or layers gets just those fields from it cheaply.
    Document shell;
    shell.sourcing = d.sourcing;
    shell.published_inferred = d.published_inferred;
    shell.meta.published = d.meta.published;
    Json full = DocumentToJson(shell, no_layers);
    j["sourcing"] = full["sourcing"];
    j["published_inferred"] = full["published_inferred"];
    j["claims"] = d.claims.size();
    j["quotes"] = d.quotes.size();
    articles.push_back(std::move(j));
  }
  Json pairs = Json::array();
  for (const SyndicationPair& p : synd) {
    pairs.push_back(Json{{"a", p.a},
                         {"b", p.b},
                         {"original", p.original.empty() ? Json(nullptr) : Json(p.original)},
                         {"similarity", p.similarity}});
  }
  return Json{{"story", StoryToJson(s.story)},
              {"summary", StorySummaryToJson(summary)},
              {"articles", articles},
              {"evidence", EvidenceJson(s)},
              {"syndication", pairs}};
}

Result<Json> StoryComparisonJson(Store& store, const std::string& id) {
  TRI_ASSIGN_OR_RETURN(LoadedStory s, Load(store, id));
  const Json story = StoryToJson(s.story);
  const Json evidence = EvidenceJson(s);
  std::map<std::string, std::string> outlet;
  for (const Document& d : s.docs) outlet[d.id] = d.meta.outlet;
  Json claims = Json::array();
  for (const Json& c : story["claims"]) {
    Json j = c;
    j["evidence_text"] = evidence[c["id"].get<std::string>()];
    Json outlets = Json::object();
    for (const auto& [doc_id, v] : c["values"].items()) outlets[doc_id] = outlet[doc_id];
    j["outlets"] = outlets;
    claims.push_back(std::move(j));
  }
  return Json{{"story", id}, {"claims", claims}};
}

Result<Json> ArticleDetailJson(Store& store, const std::string& id) {
  TRI_ASSIGN_OR_RETURN(Document d, store.GetDocument(id));
  TRI_ASSIGN_OR_RETURN(ArticleSummary summary, store.GetArticleSummary(id));
  JsonOptions options;
  options.tokens = false;
  Json j = DocumentToJson(d, options);
  j["story"] = summary.story_id;
  auto story = store.GetStorySummary(summary.story_id);
  j["story_title"] = story.ok() ? Json(story->title) : Json(nullptr);
  return j;
}

Result<Json> EntityDetailJson(Store& store, const std::string& id, const Page& page) {
  TRI_ASSIGN_OR_RETURN(CanonicalEntity e, store.GetEntity(id));
  TRI_ASSIGN_OR_RETURN(std::vector<ArticleSummary> articles, store.ArticlesMentioning(id, page));
  Json j = EntityToJson(e);
  Json list = Json::array();
  std::set<std::string> story_ids;
  for (const ArticleSummary& a : articles) {
    list.push_back(ArticleSummaryToJson(a));
    if (!a.story_id.empty()) story_ids.insert(a.story_id);
  }
  Json stories = Json::array();
  for (const std::string& sid : story_ids) {
    auto s = store.GetStorySummary(sid);
    if (s.ok()) stories.push_back(StorySummaryToJson(*s));
  }
  j["articles"] = list;
  j["stories"] = stories;
  j["limit"] = page.limit;
  j["offset"] = page.offset;
  return j;
}

}  // namespace tri::server
