// `triangulate search [--db FILE] QUERY`: German-aware full-text search over stored articles.
#include <iostream>

#include "cli/cli.h"
#include "cli/common.h"
#include "cli/db_common.h"
#include "store/store_json.h"

namespace tri::cli {

Command MakeSearchCommand(CLI::App& root) {
  struct Args {
    std::string query;
    std::string db;
    std::string format = "text";
    int limit = 20;
    int offset = 0;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand(
      "search", "Search stored articles (words, \"phrases\", prefix*, a OR b, -exclude)");
  app->add_option("QUERY", args->query, "What to look for")->required();
  AddDbOption(app, args->db);
  app->add_option("--format,-f", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  app->add_option("--limit", args->limit, "Hits per page")
      ->check(CLI::Range(1, Page::kMaxPageSize));
  app->add_option("--offset", args->offset, "Hits to skip")->check(CLI::Range(0, Page::kMaxOffset));

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    std::unique_ptr<Store> store = OpenDbOrReport(args->db, true);
    if (!store) return kExitSomeFailed;
    auto results = store->Search(args->query, Page{args->limit, args->offset});
    if (!results.ok()) {
      PrintErrors({results.status()});
      return results.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitSomeFailed;
    }
    if (args->format == "json") {
      Json hits = Json::array();
      for (const SearchHit& h : results->hits) hits.push_back(SearchHitToJson(h));
      std::cout << Json{{"query", args->query}, {"hits", hits}, {"more", results->more}}.dump(2)
                << "\n";
      return kExitOk;
    }
    if (results->hits.empty()) std::cout << "no matches\n";
    for (const SearchHit& h : results->hits) {
      std::cout << h.article.id << "  " << ShortDate(h.article.published) << "  "
                << (h.article.outlet.empty() ? "-" : h.article.outlet) << "  story "
                << h.article.story_id << "\n  "
                << (h.article.title.empty() ? h.article.source : h.article.title) << "\n  "
                << h.snippet << "\n\n";
    }
    if (results->more) std::cout << "(more: --offset " << args->offset + args->limit << ")\n";
    return kExitOk;
  };
  return cmd;
}

}  // namespace tri::cli
