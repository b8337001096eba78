// `triangulate ingest [--db FILE] [--watch DIR] PATH...`: adds new or changed articles to the
// database, updating only the stories they touch. SIGINT/SIGTERM finish the batch in flight
// and exit cleanly.
#include <csignal>
#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "cli/common.h"
#include "cli/db_common.h"
#include "store/incremental.h"
#include "store/watch.h"

namespace tri::cli {
namespace {

// Set by the signal handler: lock-free atomics are async-signal-safe.
std::atomic<bool> g_stop{false};
extern "C" void OnStopSignal(int) { g_stop.store(true); }

void PrintStats(const char* prefix, const IngestStats& s) {
  std::cerr << "triangulate: " << prefix << s.added << " added, " << s.updated << " updated, "
            << s.unchanged << " unchanged; " << s.stories_created << " new stories, "
            << s.stories_updated << " updated\n";
}

}  // namespace

Command MakeIngestCommand(CLI::App& root) {
  struct Args {
    std::vector<std::string> paths;
    std::string db;
    std::string watch;
    double poll_seconds = 2.0;
    size_t batch = IncrementalOptions().batch_files;
    int threads = 0;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand(
      "ingest", "Add new or changed articles to the database and update the stories they touch");
  app->add_option("PATH", args->paths, "Files or directories (txt, html, rss/atom, warc, jsonl)");
  AddDbOption(app, args->db);
  app->add_option("--watch", args->watch,
                  "Keep ingesting files dropped into this folder until Ctrl-C");
  app->add_option("--poll", args->poll_seconds, "Seconds between looks at the --watch folder")
      ->check(CLI::Range(0.1, 3600.0));
  app->add_option("--batch", args->batch, "Files per committed batch")
      ->check(CLI::Range(1, 100000));
  app->add_option("--threads", args->threads, "Annotation threads (0: one per core)");
  app->add_flag("--quiet,-q", args->quiet, "Only print errors and the final summary");

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    if (args->paths.empty() && args->watch.empty()) {
      std::cerr << "triangulate ingest: give PATH... or --watch DIR\n";
      return kExitUsage;
    }
    std::unique_ptr<Store> store = OpenDbOrReport(args->db, false);
    if (!store) return kExitSomeFailed;
    PipelineOptions popts;
    popts.threads = args->threads;
    popts.keep_raw = true;
    auto pipeline = Pipeline::Create(popts);
    if (!pipeline.ok()) {
      PrintErrors({pipeline.status()});
      return kExitSomeFailed;
    }
    std::signal(SIGINT, OnStopSignal);
    std::signal(SIGTERM, OnStopSignal);
    IncrementalOptions iopts;
    iopts.batch_files = args->batch;
    iopts.threads = args->threads;
    iopts.stop = &g_stop;
    IncrementalIngester ingester(*pipeline, *store, iopts);

    std::vector<Status> errors;
    bool failed = false;
    if (!args->paths.empty()) {
      IngestStats stats = ingester.IngestPaths(args->paths, errors, [&](const IngestStats& s) {
        // One line per committed batch: what a crash or Ctrl-C can no longer lose.
        if (!args->quiet) {
          std::cerr << "triangulate: committed " << s.added + s.updated << " articles ("
                    << s.batches << " batches)\n";
        }
      });
      PrintErrors(errors);
      failed = !errors.empty();
      PrintStats(stats.stopped ? "stopped early: " : "", stats);
      std::cerr << "triangulate: database " << std::filesystem::absolute(args->db).string()
                << " (search, stories, story, entity and serve read it)\n";
    }
    if (!args->watch.empty() && !g_stop.load()) {
      std::cerr << "triangulate: watching " << args->watch << " (Ctrl-C to stop)\n";
      WatchOptions w;
      w.poll_interval = std::chrono::milliseconds(static_cast<int64_t>(args->poll_seconds * 1000));
      w.stop = &g_stop;
      IngestStats total = WatchFolder(args->watch, ingester, w,
                                      [&](const IngestStats& s, const std::vector<Status>& errs) {
                                        PrintErrors(errs);
                                        if (!args->quiet && s.added + s.updated > 0)
                                          PrintStats("", s);
                                      });
      PrintStats("watch stopped: ", total);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return failed ? kExitSomeFailed : kExitOk;
  };
  return cmd;
}

}  // namespace tri::cli
