// Loopback load benchmark for `triangulate serve` (issue 9). Builds (once) a database from a
// generated corpus (server_corpus.h) with incremental ingest, serves it in-process or hits an
// external server (--url), and prints requests/s and latency percentiles per endpoint.
// Bounded: each phase runs --seconds with --connections keep-alive clients.
//
//   server_load --db build/bench/server.db --articles 10000 --seconds 5 --connections 4
//   server_load --url http://127.0.0.1:8080 --seconds 5 [--only search]
//   server_load ... --cache-mb 0   (in-process server without its story page cache: every
//                                   story request decodes and renders the story)
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <random>
#include <thread>

#include "report/report.h"
#include "server/server.h"
#include "server_corpus.h"
#include "store/incremental.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Args {
  std::string db = "server_bench.db";
  std::string url;
  size_t articles = 10000;
  double seconds = 5;
  int connections = 4;
  int server_threads = 8;
  int cache_mb = 64;  // the in-process server's story page cache (0: every request renders)
  std::string only;   // run just this phase (story, search, stories, article)
};

bool BuildDatabase(const Args& a) {
  if (std::filesystem::exists(a.db)) return true;
  const std::string dir = a.db + ".corpus";
  auto t0 = Clock::now();
  tri::bench::CorpusOptions co;
  co.articles = a.articles;
  std::vector<std::string> files = tri::bench::WriteServerCorpus(dir, co);
  auto store = tri::OpenStore(a.db);
  tri::PipelineOptions po;
  po.keep_raw = true;
  auto pipeline = tri::Pipeline::Create(po);
  if (!store.ok() || !pipeline.ok()) {
    std::cerr << "server_load: cannot set up: " << store.status().ToString()
              << pipeline.status().ToString() << "\n";
    return false;
  }
  tri::IncrementalOptions io;
  io.batch_files = 500;
  tri::IncrementalIngester ingester(*pipeline, **store, io);
  std::vector<tri::Status> errors;
  auto t1 = Clock::now();
  tri::IngestStats s = ingester.IngestFiles(files, errors);
  auto t2 = Clock::now();
  const double secs = std::chrono::duration<double>(t2 - t1).count();
  std::printf(
      "corpus: %zu files written in %.1f s; ingest: %zu added, %zu stories in %zu batches, %.1f s "
      "(%.0f articles/s), %zu errors\n",
      files.size(), std::chrono::duration<double>(t1 - t0).count(), s.added, s.stories_created,
      s.batches, secs, s.added / std::max(secs, 1e-9), errors.size());
  std::filesystem::remove_all(dir);
  return errors.empty();
}

struct Phase {
  std::string name;
  std::vector<std::string> paths;
};

void RunPhase(const std::string& host, int port, const Phase& phase, const Args& a) {
  std::atomic<bool> stop{false};
  std::vector<std::vector<double>> lat(a.connections);
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  const std::clock_t cpu_start = std::clock();
  for (int t = 0; t < a.connections; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c(host, port);
      c.set_keep_alive(true);
      c.set_tcp_nodelay(true);
      std::mt19937_64 rng(t + 1);
      while (!stop) {
        const std::string& p = phase.paths[rng() % phase.paths.size()];
        auto s = Clock::now();
        auto r = c.Get(p.c_str());
        lat[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - s).count());
        if (!r || r->status != 200) ++errors;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(a.seconds));
  stop = true;
  for (auto& t : threads) t.join();
  std::vector<double> all;
  // CPU of this process (the clients and, when in-process, the server): steadier than req/s
  // on a shared machine.
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  for (auto& v : lat) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  auto pct = [&](double p) {
    return all.empty() ? 0.0 : all[std::min(all.size() - 1, static_cast<size_t>(p * all.size()))];
  };
  std::printf(
      "%-8s %8zu req %9.0f req/s   p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   max %7.2f ms   "
      "errors %d   cpu %.2f ms/req\n",
      phase.name.c_str(), all.size(), all.size() / a.seconds, pct(0.5), pct(0.9), pct(0.99),
      all.empty() ? 0.0 : all.back(), errors.load(), cpu_ms / std::max<size_t>(all.size(), 1));
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--db")
      a.db = v;
    else if (k == "--url")
      a.url = v;
    else if (k == "--articles")
      a.articles = std::stoul(v);
    else if (k == "--seconds")
      a.seconds = std::clamp(std::stod(v), 0.5, 120.0);
    else if (k == "--connections")
      a.connections = std::clamp(std::stoi(v), 1, 64);
    else if (k == "--server-threads")
      a.server_threads = std::clamp(std::stoi(v), 1, 64);
    else if (k == "--cache-mb")
      a.cache_mb = std::clamp(std::stoi(v), 0, 4096);
    else if (k == "--only")
      a.only = v;
    else {
      std::cerr << "server_load: unknown option " << k << "\n";
      return 2;
    }
  }
  std::string host = "127.0.0.1";
  int port = 0;
  std::unique_ptr<tri::Server> server;
  std::thread serving;
  if (a.url.empty()) {
    if (!BuildDatabase(a)) return 1;
    tri::ServerOptions so;
    so.db = a.db;
    so.port = 0;
    so.threads = a.server_threads;
    so.cache_bytes = static_cast<size_t>(a.cache_mb) << 20;
    auto s = tri::Server::Create(so);
    if (!s.ok() || !(*s)->Bind().ok()) {
      std::cerr << "server_load: " << s.status().ToString() << "\n";
      return 1;
    }
    server = std::move(s).value();
    port = server->port();
    serving = std::thread([&] { (void)server->Serve(); });
  } else {
    const std::string rest = a.url.substr(a.url.find("//") + 2);
    host = rest.substr(0, rest.find(':'));
    port = std::stoi(rest.substr(rest.find(':') + 1));
  }
  struct StopServer {  // on every return path below
    std::unique_ptr<tri::Server>& server;
    std::thread& serving;
    ~StopServer() {
      if (server) server->Stop();
      if (serving.joinable()) serving.join();
    }
  } stop_server{server, serving};
  httplib::Client probe(host, port);
  auto stats = probe.Get("/api/stats");
  auto list = probe.Get("/api/stories?limit=200");
  if (!stats || !list || list->status != 200) {
    std::cerr << "server_load: server not answering\n";
    return 1;
  }
  std::printf("database: %s   connections: %d   seconds per phase: %.1f   cores: %u\n",
              stats->body.c_str(), a.connections, a.seconds, std::thread::hardware_concurrency());
  Phase story{"story", {}}, search{"search", {}}, stories{"stories", {}}, article{"article", {}};
  const tri::Json listed = tri::Json::parse(list->body);
  for (const auto& s : listed["stories"]) {
    story.paths.push_back("/api/stories/" + s["id"].get<std::string>());
  }
  for (const std::string& t : tri::bench::CorpusSearchTerms()) {
    search.paths.push_back("/api/search?q=" + httplib::detail::encode_query_param(t));
  }
  for (int off = 0; off < 1000; off += 50)
    stories.paths.push_back("/api/stories?limit=50&offset=" + std::to_string(off));
  auto arts = probe.Get("/api/articles?limit=200");
  const tri::Json articles = arts ? tri::Json::parse(arts->body) : tri::Json::object();
  for (const auto& x : articles.value("articles", tri::Json::array()))
    article.paths.push_back("/api/articles/" + x["id"].get<std::string>());
  if (story.paths.empty() || article.paths.empty()) {
    std::cerr << "server_load: empty database (" << story.paths.size() << " stories, "
              << article.paths.size() << " articles listed)\n";
    return 1;
  }
  for (const Phase& p : {story, search, stories, article}) {
    if (a.only.empty() || a.only == p.name) RunPhase(host, port, p, a);
  }
  return 0;
}
