#include "store/store_json.h"

namespace tri {
namespace {
Json StrOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
}  // namespace

Json ArticleSummaryToJson(const ArticleSummary& a) {
  return Json{{"id", a.id},
              {"title", StrOrNull(a.title)},
              {"outlet", StrOrNull(a.outlet)},
              {"url", StrOrNull(a.url)},
              {"source", a.source},
              {"agency", StrOrNull(a.agency)},
              {"language", a.language},
              {"published", StrOrNull(a.published)},
              {"story", StrOrNull(a.story_id)}};
}

Json StorySummaryToJson(const StorySummary& s) {
  return Json{{"id", s.id},
              {"title", s.title},
              {"documents", s.documents},
              {"outlets", s.outlets},
              {"first_published", StrOrNull(s.first_published)},
              {"last_published", StrOrNull(s.last_published)},
              {"claims", s.claims},
              {"contradicted", s.contradicted}};
}

Json SearchHitToJson(const SearchHit& h) {
  Json j = ArticleSummaryToJson(h.article);
  j["snippet"] = h.snippet;
  Json hl = Json::array();
  for (Span s : h.highlights) hl.push_back(Json::array({s.begin, s.end}));
  j["highlights"] = std::move(hl);
  j["score"] = h.score;
  return j;
}

Json StoreStatsToJson(const StoreStats& s) {
  return Json{{"articles", s.articles},
              {"stories", s.stories},
              {"entities", s.entities},
              {"claims", s.claims},
              {"schema_version", s.schema_version}};
}

}  // namespace tri
