// `triangulate story [--db FILE] ID [--format md|json|html] [-o FILE]`: one stored story with
// its articles, rendered by the report module like `analyze` output.
#include <algorithm>
#include <iostream>
#include <set>

#include "cli/cli.h"
#include "cli/common.h"
#include "cli/db_common.h"
#include "report/report.h"

namespace tri::cli {
namespace {

// The story, its documents, the entities they link to and their syndicated pairs.
Result<Analysis> LoadStoryAnalysis(Store& store, const std::string& id) {
  Analysis a;
  TRI_ASSIGN_OR_RETURN(Story story, store.GetStory(id));
  TRI_ASSIGN_OR_RETURN(a.documents, store.GetDocuments(story.documents));
  std::set<std::string> entity_ids;
  for (const Document& d : a.documents) {
    for (const EntityMention& m : d.entities) {
      if (!m.canonical_id.empty()) entity_ids.insert(m.canonical_id);
    }
  }
  for (const std::string& eid : entity_ids) {
    auto e = store.GetEntity(eid);
    if (e.ok()) a.entities.push_back(std::move(e).value());
  }
  TRI_ASSIGN_OR_RETURN(a.syndication, store.SyndicationOf(story.documents));
  a.stories.push_back(std::move(story));
  return a;
}

}  // namespace

Command MakeStoryCommand(CLI::App& root) {
  struct Args {
    std::string id;
    std::string db;
    std::string format = "md";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app =
      root.add_subcommand("story", "Show one stored story: comparison, timeline, sourcing");
  app->add_option("ID", args->id, "Story id (see `triangulate stories`)")->required();
  AddDbOption(app, args->db);
  app->add_option("--format,-f", args->format, "Output format")
      ->check(CLI::IsMember({"md", "json", "html"}));
  app->add_option("-o,--output", args->output, "Output file (default: standard output)");

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    std::unique_ptr<Store> store = OpenDbOrReport(args->db, true);
    if (!store) return kExitSomeFailed;
    auto analysis = LoadStoryAnalysis(*store, args->id);
    if (!analysis.ok()) {
      PrintErrors({analysis.status()});
      return kExitSomeFailed;
    }
    std::string content;
    if (args->format == "json") {
      content = AnalysisToJson(*analysis).dump(2) + "\n";
    } else if (args->format == "md") {
      content = RenderMarkdown(*analysis);
    } else {
      content = RenderHtml(*analysis);
    }
    Status written = WriteOutput(args->output, content);
    if (!written.ok()) {
      PrintErrors({written});
      return kExitSomeFailed;
    }
    return kExitOk;
  };
  return cmd;
}

}  // namespace tri::cli
