// `triangulate entity [--db FILE] NAME`: stored entities matching NAME with the articles that
// mention them.
#include <iostream>

#include "cli/cli.h"
#include "cli/common.h"
#include "cli/db_common.h"
#include "store/store_json.h"

namespace tri::cli {

Command MakeEntityCommand(CLI::App& root) {
  struct Args {
    std::string name;
    std::string db;
    std::string format = "text";
    int limit = 5;
    int articles = 20;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand(
      "entity", "Show stored entities matching NAME and where they are mentioned");
  app->add_option("NAME", args->name, "Name or part of a name (any alias)")->required();
  AddDbOption(app, args->db);
  app->add_option("--format,-f", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  app->add_option("--limit", args->limit, "Entities to show")
      ->check(CLI::Range(1, Page::kMaxPageSize));
  app->add_option("--articles", args->articles, "Articles per entity")
      ->check(CLI::Range(1, Page::kMaxPageSize));

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    std::unique_ptr<Store> store = OpenDbOrReport(args->db, true);
    if (!store) return kExitSomeFailed;
    auto found = store->FindEntities(args->name, Page{args->limit, 0});
    if (!found.ok()) {
      PrintErrors({found.status()});
      return kExitSomeFailed;
    }
    Json out = Json::array();
    for (const CanonicalEntity& e : *found) {
      auto articles = store->ArticlesMentioning(e.id, Page{args->articles, 0});
      if (!articles.ok()) {
        PrintErrors({articles.status()});
        return kExitSomeFailed;
      }
      if (args->format == "json") {
        Json j = EntityToJson(e);
        j["articles"] = Json::array();
        for (const ArticleSummary& a : *articles) j["articles"].push_back(ArticleSummaryToJson(a));
        out.push_back(j);
        continue;
      }
      std::cout << e.name << "  (" << ToString(e.type) << ", " << e.mentions << " mentions, "
                << e.id << ")\n";
      std::string aliases;
      for (const std::string& a : e.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
      if (!aliases.empty()) std::cout << "  also: " << aliases << "\n";
      for (const ArticleSummary& a : *articles) {
        std::cout << "  " << a.id << "  " << ShortDate(a.published) << "  "
                  << (a.outlet.empty() ? "-" : a.outlet) << "  "
                  << (a.title.empty() ? a.source : a.title) << "\n";
      }
      std::cout << "\n";
    }
    if (args->format == "json") {
      std::cout << Json{{"query", args->name}, {"entities", out}}.dump(2) << "\n";
    } else if (found->empty()) {
      std::cout << "no entity matches '" << args->name << "'\n";
    }
    return kExitOk;
  };
  return cmd;
}

}  // namespace tri::cli
