// `triangulate extract PATH...`: JSON Lines, one object per article, metadata and text only.
#include <iostream>

#include "cli/cli.h"
#include "cli/common.h"
#include "report/report.h"

namespace tri::cli {

Command MakeExtractCommand(CLI::App& root) {
  struct Args {
    std::vector<std::string> paths;
    std::string output;
    IngestOptions ingest;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand("extract", "Extract article text and metadata as JSON Lines");
  app->add_option("PATH", args->paths, "Files or directories")->required();
  app->add_option("-o,--output", args->output, "Output file (default: standard output)");
  IngestOptions& in = args->ingest;
  app->add_option("--max-file-bytes", in.max_file_bytes, "Refuse input files larger than this");
  app->add_option("--max-files", in.max_files, "Read at most this many input files");
  app->add_option("--max-depth", in.max_html_depth, "Flatten HTML nested deeper than this");
  app->add_option("--max-records", in.max_records, "Items per feed, WARC or JSONL file");
  app->add_option("--max-record-bytes", in.max_record_bytes,
                  "Skip WARC records / JSONL lines larger than this");
  app->add_option("--max-decompressed-bytes", in.max_decompressed_bytes,
                  "Stop decompressing a WARC.gz beyond this many bytes");
  app->add_flag_function(
      "--no-feed-links", [args](int64_t) { args->ingest.link_feed_items = false; },
      "Do not read the local article files feed items link to");

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    PipelineOptions options;
    options.ingest = args->ingest;
    auto pipeline = Pipeline::Create(options);
    if (!pipeline.ok()) {
      PrintErrors({pipeline.status()});
      return kExitSomeFailed;
    }
    RunResult result = (*pipeline)->Extract(args->paths, MakeProgressBar());
    FinishProgressBar();
    PrintErrors(result.errors);
    JsonOptions json;
    json.annotations = false;
    json.tokens = false;
    std::string content;
    for (const Document& d : result.analysis.documents) {
      content += DocumentToJson(d, json).dump() + "\n";
    }
    Status written = WriteOutput(args->output, content);
    if (!written.ok()) {
      PrintErrors({written});
      return kExitSomeFailed;
    }
    return result.errors.empty() ? kExitOk : kExitSomeFailed;
  };
  return cmd;
}

}  // namespace tri::cli
