// Routes of the JSON API. Every handler: validate input, lease a store connection, answer JSON.
#include "server/api.h"

#include <set>

#include "server/api_util.h"
#include "server/story_json.h"
#include "store/store_json.h"

namespace tri::server {
namespace {

using Handler = std::function<void(Store&, const httplib::Request&, httplib::Response&)>;

// Wraps a handler: leases a connection (503 when none can be opened) and catches exceptions
// from the JSON library, so nothing escapes into the HTTP library.
httplib::Server::Handler WithStore(StorePool& pool, Handler h) {
  return [&pool, h](const httplib::Request& req, httplib::Response& res) {
    auto lease = pool.Acquire();
    if (!lease.ok()) return SendStatus(res, lease.status());
    try {
      h(**lease, req, res);
    } catch (const std::exception& e) {
      SendStatus(res, Status::Internal(e.what()));
    }
  };
}

// The id captured by the route, or a 400 already sent.
bool CapturedId(const httplib::Request& req, httplib::Response& res, std::string& id) {
  id = req.matches.size() > 1 ? std::string(req.matches[1]) : std::string();
  if (ValidId(id)) return true;
  SendError(res, 400, "malformed id");
  return false;
}

Json Summaries(const std::vector<ArticleSummary>& v) {
  Json a = Json::array();
  for (const ArticleSummary& s : v) a.push_back(ArticleSummaryToJson(s));
  return a;
}

// Answers from the cache while the store is unchanged since the body was rendered; else
// renders it (outside the cache's lock, so slow pages do not block other readers) and keeps it.
void SendCached(Store& store, ResponseCache& cache, const std::string& key, httplib::Response& res,
                const std::function<Result<Json>()>& render) {
  auto generation = store.Generation();
  if (!generation.ok()) return SendStatus(res, generation.status());
  std::shared_ptr<const std::string> body = cache.Get(key, *generation);
  if (!body) {
    auto json = render();
    if (!json.ok()) return SendStatus(res, json.status());
    body = std::make_shared<const std::string>(DumpJson(*json));
    cache.Put(key, *generation, body);
  }
  SendJsonText(res, *body);
}

}  // namespace

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 200 || id == "." || id == ".." ||
      id.find("..") != std::string_view::npos) {
    return false;
  }
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == ':' || c == '.' || c == '_' || c == '~' || c == '-';
    if (!ok) return false;
  }
  return true;
}

void RegisterApi(httplib::Server& http, StorePool& pool, ResponseCache& cache,
                 const ApiLimits& limits) {
  http.Get("/api/stats",
           WithStore(pool, [](Store& store, const httplib::Request&, httplib::Response& res) {
             auto stats = store.Stats();
             if (!stats.ok()) return SendStatus(res, stats.status());
             SendJson(res, StoreStatsToJson(*stats));
           }));

  http.Get(
      "/api/stories",
      WithStore(pool, [](Store& store, const httplib::Request& req, httplib::Response& res) {
        auto page = ReadPage(req);
        if (!page.ok()) return SendStatus(res, page.status());
        auto stories = store.ListStories(*page);
        if (!stories.ok()) return SendStatus(res, stories.status());
        Json list = Json::array();
        for (const StorySummary& s : *stories) list.push_back(StorySummaryToJson(s));
        SendJson(res, Json{{"stories", list}, {"limit", page->limit}, {"offset", page->offset}});
      }));

  http.Get(
      R"(/api/stories/([^/]+))",
      WithStore(pool, [&cache](Store& store, const httplib::Request& req, httplib::Response& res) {
        std::string id;
        if (!CapturedId(req, res, id)) return;
        SendCached(store, cache, "story:" + id, res, [&] { return StoryDetailJson(store, id); });
      }));

  http.Get(
      R"(/api/stories/([^/]+)/comparison)",
      WithStore(pool, [&cache](Store& store, const httplib::Request& req, httplib::Response& res) {
        std::string id;
        if (!CapturedId(req, res, id)) return;
        SendCached(store, cache, "comparison:" + id, res,
                   [&] { return StoryComparisonJson(store, id); });
      }));

  http.Get("/api/articles", WithStore(pool, [&limits](Store& store, const httplib::Request& req,
                                                      httplib::Response& res) {
             auto page = ReadPage(req);
             if (!page.ok()) return SendStatus(res, page.status());
             auto story = ReadParam(req, "story", limits);
             if (!story.ok()) return SendStatus(res, story.status());
             if (!story->empty() && !ValidId(*story))
               return SendError(res, 400, "malformed story id");
             auto articles = store.ListArticles(*page, *story);
             if (!articles.ok()) return SendStatus(res, articles.status());
             SendJson(res, Json{{"articles", Summaries(*articles)},
                                {"limit", page->limit},
                                {"offset", page->offset}});
           }));

  http.Get(R"(/api/articles/([^/]+))",
           WithStore(pool, [](Store& store, const httplib::Request& req, httplib::Response& res) {
             std::string id;
             if (!CapturedId(req, res, id)) return;
             auto body = ArticleDetailJson(store, id);
             if (!body.ok()) return SendStatus(res, body.status());
             SendJson(res, *body);
           }));

  http.Get(
      "/api/entities",
      WithStore(pool, [&limits](Store& store, const httplib::Request& req, httplib::Response& res) {
        auto page = ReadPage(req, 20);
        if (!page.ok()) return SendStatus(res, page.status());
        auto q = ReadParam(req, "q", limits);
        if (!q.ok()) return SendStatus(res, q.status());
        auto found = store.FindEntities(*q, *page);
        if (!found.ok()) return SendStatus(res, found.status());
        Json list = Json::array();
        for (const CanonicalEntity& e : *found) list.push_back(EntityToJson(e));
        SendJson(res, Json{{"entities", list}, {"limit", page->limit}, {"offset", page->offset}});
      }));

  http.Get(R"(/api/entities/([^/]+))",
           WithStore(pool, [](Store& store, const httplib::Request& req, httplib::Response& res) {
             std::string id;
             if (!CapturedId(req, res, id)) return;
             auto page = ReadPage(req);
             if (!page.ok()) return SendStatus(res, page.status());
             auto body = EntityDetailJson(store, id, *page);
             if (!body.ok()) return SendStatus(res, body.status());
             SendJson(res, *body);
           }));

  http.Get("/api/search", WithStore(pool, [&limits](Store& store, const httplib::Request& req,
                                                    httplib::Response& res) {
             auto page = ReadPage(req, 20);
             if (!page.ok()) return SendStatus(res, page.status());
             auto q = ReadParam(req, "q", limits);
             if (!q.ok()) return SendStatus(res, q.status());
             if (q->empty()) return SendError(res, 400, "q is required");
             auto results = store.Search(*q, *page);
             if (!results.ok()) return SendStatus(res, results.status());
             Json hits = Json::array();
             for (const SearchHit& h : results->hits) hits.push_back(SearchHitToJson(h));
             SendJson(res, Json{{"query", *q},
                                {"hits", hits},
                                {"more", results->more},
                                {"limit", page->limit},
                                {"offset", page->offset}});
           }));

  http.Get(R"(/api/.*)", [](const httplib::Request&, httplib::Response& res) {
    SendError(res, 404, "no such API endpoint (see docs/api.md)");
  });
}

}  // namespace tri::server
