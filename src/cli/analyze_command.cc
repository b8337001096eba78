// `triangulate analyze PATH... [--format json|md|html] [-o FILE]`
#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "cli/common.h"
#include "report/report.h"

namespace tri::cli {

Command MakeAnalyzeCommand(CLI::App& root) {
  struct Args {
    std::vector<std::string> paths;
    std::string format = "json";
    std::string output;
    int threads = 0;
    uint64_t max_file_bytes = IngestOptions().max_file_bytes;
    bool compact = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand(
      "analyze", "Analyse articles: entities, dates, quotes, claims, stories, comparison");
  app->add_option("PATH", args->paths, "Files or directories (txt, html, rss/atom, warc, jsonl)")
      ->required();
  app->add_option("--format,-f", args->format, "Output format")
      ->check(CLI::IsMember({"json", "md", "html"}));
  app->add_option("-o,--output", args->output, "Output file (default: standard output)");
  app->add_option("--threads", args->threads, "Worker threads (0: one per core)");
  app->add_option("--max-file-bytes", args->max_file_bytes, "Refuse input files larger than this");
  app->add_flag("--compact", args->compact, "JSON on one line");

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    PipelineOptions options;
    options.threads = args->threads;
    options.ingest.max_file_bytes = args->max_file_bytes;
    auto pipeline = Pipeline::Create(options);
    if (!pipeline.ok()) {
      PrintErrors({pipeline.status()});
      return kExitSomeFailed;
    }
    RunResult result = (*pipeline)->Run(args->paths, MakeProgressBar());
    FinishProgressBar();
    PrintErrors(result.errors);
    std::string content;
    if (args->format == "json") {
      content = AnalysisToJson(result.analysis).dump(args->compact ? -1 : 2) + "\n";
    } else if (args->format == "md") {
      content = RenderMarkdown(result.analysis);
    } else {
      content = RenderHtml(result.analysis);
    }
    Status written = WriteOutput(args->output, content);
    if (!written.ok()) {
      PrintErrors({written});
      return kExitSomeFailed;
    }
    if (!args->output.empty() && args->output != "-") {
      std::cerr << "triangulate: " << result.analysis.documents.size() << " documents, "
                << result.analysis.stories.size() << " stories; " << args->format
                << " report written to " << std::filesystem::absolute(args->output).string()
                << "\n";
    }
    return result.errors.empty() ? kExitOk : kExitSomeFailed;
  };
  return cmd;
}

}  // namespace tri::cli
