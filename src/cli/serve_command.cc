// `triangulate serve [--db FILE] [--port N] [--host H]`: the JSON API and web UI over a
// database. Loopback only unless --host says otherwise; Ctrl-C stops it.
#include <csignal>
#include <iostream>
#include <thread>

#include "cli/cli.h"
#include "cli/common.h"
#include "cli/db_common.h"
#include "server/server.h"

namespace tri::cli {
namespace {

// Set by the signal handler (lock-free atomics are async-signal-safe); a watcher thread
// turns it into Server::Stop().
std::atomic<bool> g_serve_stop{false};
extern "C" void OnServeSignal(int) { g_serve_stop.store(true); }

}  // namespace

Command MakeServeCommand(CLI::App& root) {
  auto options = std::make_shared<ServerOptions>();
  auto db = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand("serve", "Serve the web UI and JSON API over a database");
  AddDbOption(app, *db);
  app->add_option("--port,-p", options->port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535));
  app->add_option("--host", options->host,
                  "Address to listen on (default 127.0.0.1: this machine only)");
  app->add_option("--threads", options->threads, "Worker threads")->check(CLI::Range(1, 256));
  app->add_flag("--access-log", options->access_log, "Print one line per request on stderr");
  auto cache_mb = std::make_shared<size_t>(options->cache_bytes >> 20);
  app->add_option("--cache-mb", *cache_mb,
                  "Memory for rendered story pages, kept until the next commit (0: no cache)")
      ->check(CLI::Range(0, 4096));

  Command cmd;
  cmd.app = app;
  cmd.run = [options, db, cache_mb]() -> int {
    options->db = *db;
    options->cache_bytes = *cache_mb << 20;
    auto server = Server::Create(*options);
    if (!server.ok()) {
      PrintErrors({server.status()});
      return kExitSomeFailed;
    }
    if (Status bound = (*server)->Bind(); !bound.ok()) {
      PrintErrors({bound});
      return kExitSomeFailed;
    }
    const std::string host =
        options->host.find(':') != std::string::npos ? "[" + options->host + "]" : options->host;
    std::cerr << "triangulate: serving " << *db << " on http://" << host << ":" << (*server)->port()
              << "/ (Ctrl-C to stop)\n";
    std::signal(SIGINT, OnServeSignal);
    std::signal(SIGTERM, OnServeSignal);
    Server* s = server->get();
    std::atomic<bool> done{false};
    std::thread watcher([s, &done] {
      while (!done.load() && !g_serve_stop.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      s->Stop();
    });
    Status served = s->Serve();
    done = true;
    watcher.join();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!served.ok()) {
      PrintErrors({served});
      return kExitSomeFailed;
    }
    return kExitOk;
  };
  return cmd;
}

}  // namespace tri::cli
