// `triangulate stories [--db FILE]`: the stored stories, newest first.
#include <iostream>

#include "cli/cli.h"
#include "cli/common.h"
#include "cli/db_common.h"
#include "store/store_json.h"

namespace tri::cli {

Command MakeStoriesCommand(CLI::App& root) {
  struct Args {
    std::string db;
    std::string format = "text";
    int limit = 50;
    int offset = 0;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand("stories", "List stored stories, newest first");
  AddDbOption(app, args->db);
  app->add_option("--format,-f", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  app->add_option("--limit", args->limit, "Stories per page")
      ->check(CLI::Range(1, Page::kMaxPageSize));
  app->add_option("--offset", args->offset, "Stories to skip")
      ->check(CLI::Range(0, Page::kMaxOffset));

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    std::unique_ptr<Store> store = OpenDbOrReport(args->db, true);
    if (!store) return kExitSomeFailed;
    auto stories = store->ListStories(Page{args->limit, args->offset});
    if (!stories.ok()) {
      PrintErrors({stories.status()});
      return kExitSomeFailed;
    }
    if (args->format == "json") {
      Json list = Json::array();
      for (const StorySummary& s : *stories) list.push_back(StorySummaryToJson(s));
      std::cout << Json{{"stories", list}}.dump(2) << "\n";
      return kExitOk;
    }
    if (stories->empty()) std::cout << "no stories\n";
    for (const StorySummary& s : *stories) {
      std::string outlets;
      for (const std::string& o : s.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
      std::cout << s.id << "  " << ShortDate(s.last_published) << "  " << s.documents
                << " articles";
      if (s.contradicted > 0) std::cout << ", " << s.contradicted << " contradicted";
      std::cout << "\n  " << (s.title.empty() ? "(untitled)" : s.title) << "\n";
      if (!outlets.empty()) std::cout << "  " << outlets << "\n";
      std::cout << "\n";
    }
    return kExitOk;
  };
  return cmd;
}

}  // namespace tri::cli
