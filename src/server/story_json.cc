#include "server/story_json.h"

#include <map>
#include <set>
#include <utility>

#include "store/store_json.h"

namespace tri::server {
namespace {

// The story and, of its articles, only what the pages show (cards: no tokens, no layers).
struct LoadedStory {
  Story story;
  std::vector<ArticleCard> cards;
};

Result<LoadedStory> Load(Store& store, const std::string& id) {
  LoadedStory s;
  TRI_ASSIGN_OR_RETURN(s.story, store.GetStory(id));
  TRI_ASSIGN_OR_RETURN(s.cards, store.GetArticleCards(s.story.documents));
  return s;
}

// What each document says on each compared claim, quoted from its text.
Json EvidenceJson(const LoadedStory& s) {
  std::map<std::string, const Document*> by_id;
  for (const ArticleCard& c : s.cards) by_id[c.doc.id] = &c.doc;
  Json evidence = Json::object();
  for (const ComparedClaim& c : s.story.claims) {
    Json per_doc = Json::object();
    for (const auto& [doc_id, v] : c.values) {
      auto it = by_id.find(doc_id);
      per_doc[doc_id] =
          it == by_id.end() ? std::string() : std::string(it->second->slice(v.evidence));
    }
    evidence[c.id] = std::move(per_doc);
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
  for (const ArticleCard& card : s.cards) {
    const Document& d = card.doc;
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
    j["sourcing"] = std::move(full["sourcing"]);
    j["published_inferred"] = std::move(full["published_inferred"]);
    j["claims"] = card.claims;
    j["quotes"] = card.quotes;
    articles.push_back(std::move(j));
  }
  Json pairs = Json::array();
  for (const SyndicationPair& p : synd) {
    pairs.push_back(Json{{"a", p.a},
                         {"b", p.b},
                         {"original", p.original.empty() ? Json(nullptr) : Json(p.original)},
                         {"similarity", p.similarity}});
  }
  // Assigned one by one, not as an initializer list, which would copy every subtree.
  Json out = Json::object();
  out["story"] = StoryToJson(s.story);
  out["summary"] = StorySummaryToJson(summary);
  out["articles"] = std::move(articles);
  out["evidence"] = EvidenceJson(s);
  out["syndication"] = std::move(pairs);
  return out;
}

Result<Json> StoryComparisonJson(Store& store, const std::string& id) {
  TRI_ASSIGN_OR_RETURN(LoadedStory s, Load(store, id));
  Json story = StoryToJson(s.story);
  Json evidence = EvidenceJson(s);
  std::map<std::string, std::string> outlet;
  for (const ArticleCard& c : s.cards) outlet[c.doc.id] = c.doc.meta.outlet;
  Json claims = Json::array();
  for (Json& c : story["claims"]) {
    Json j = std::move(c);
    j["evidence_text"] = evidence[j["id"].get<std::string>()];
    Json outlets = Json::object();
    for (const auto& [doc_id, v] : j["values"].items()) outlets[doc_id] = outlet[doc_id];
    j["outlets"] = std::move(outlets);
    claims.push_back(std::move(j));
  }
  Json out = Json::object();
  out["story"] = id;
  out["claims"] = std::move(claims);
  return out;
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
  j["articles"] = std::move(list);
  j["stories"] = std::move(stories);
  j["limit"] = page.limit;
  j["offset"] = page.offset;
  return j;
}

}  // namespace tri::server
