// Story stage benchmark (issue 8): articles/s/core of ClusterStories + FindSyndication on
// generated corpora of growing size (one child process per size, so each peak RSS is its own),
// B-cubed F1 against the generated gold stories and syndication pair F1; then, in the same run,
// the scikit-learn baseline (TF-IDF + agglomerative clustering, bench/stories/sklearn_baseline.py)
// on the same articles of the smallest corpus, with its time and B-cubed F1.
//
//   stories_bench [--sizes 10000,30000,100000] [--sklearn 10000|0] [--script PATH]
//                 [--set OPTION=VALUE]...   (StoryOptions, for exploring; defaults otherwise)
//   stories_bench --diagnose N   (similarity quantiles of same/different story pairs)
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>

#include "story/story.h"
#include "story_corpus.h"

namespace tri::bench {
void Diagnose(size_t n);  // diagnose.cc
void DiagnoseMerges(size_t n, const StoryOptions& options);
}  // namespace tri::bench

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// CPU time of this process: the machine is shared, so wall time would measure the neighbours.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

// VmHWM or VmRSS of /proc/self/status, in MB (0 when unreadable).
double StatusMb(const char* field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(field, 0) == 0) return std::atof(line.c_str() + std::strlen(field)) / 1024.0;
  }
  return 0;
}

// Resets VmHWM to the current RSS, so the next reading is the peak of what follows.
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

struct Prf {
  double p = 0, r = 0, f = 0;
};

// B-cubed over documents: sum over (predicted, gold) cells of n^2/|predicted| (precision) and
// n^2/|gold| (recall).
Prf BCubed(const std::vector<uint32_t>& pred, const std::vector<uint32_t>& gold) {
  std::map<std::pair<uint32_t, uint32_t>, double> cell;
  std::unordered_map<uint32_t, double> np, ng;
  for (size_t i = 0; i < pred.size(); ++i) {
    ++cell[{pred[i], gold[i]}];
    ++np[pred[i]];
    ++ng[gold[i]];
  }
  Prf s;
  for (const auto& [k, n] : cell) {
    s.p += n * n / np[k.first];
    s.r += n * n / ng[k.second];
  }
  s.p /= pred.size();
  s.r /= pred.size();
  s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

struct Run {
  std::vector<uint32_t> pred;
  double cluster_s = 0, synd_s = 0, wall_s = 0;  // CPU seconds; wall for reference
  Prf b3, synd;
  size_t stories = 0;
};

tri::StoryOptions g_story_options;  // --set name=value adjusts these (for exploring)

bool SetOption(const std::string& kv) {
  const size_t eq = kv.find('=');
  if (eq == std::string::npos) return false;
  const std::string k = kv.substr(0, eq);
  const double v = std::atof(kv.c_str() + eq + 1);
  tri::StoryOptions& o = g_story_options;
  if (k == "min_similarity")
    o.min_similarity = v;
  else if (k == "min_bridge_similarity")
    o.min_bridge_similarity = v;
  else if (k == "time_decay")
    o.time_decay = v;
  else if (k == "window_days")
    o.window_days = static_cast<int>(v);
  else if (k == "max_candidates")
    o.max_candidates = static_cast<size_t>(v);
  else if (k == "member_weight")
    o.member_weight = v;
  else if (k == "crowding")
    o.crowding = v;
  else if (k == "min_neutral_similarity")
    o.min_neutral_similarity = v;
  else if (k == "neutral_floor_min_norm")
    o.neutral_floor_min_norm = v;
  else if (k == "shared_terms")
    o.shared_terms = v > 0;
  else if (k == "entity_weight")
    o.features.entity_weight = static_cast<float>(v);
  else if (k == "place_weight")
    o.features.place_weight = static_cast<float>(v);
  else if (k == "number_weight")
    o.features.number_weight = static_cast<float>(v);
  else if (k == "date_weight")
    o.features.date_weight = static_cast<float>(v);
  else if (k == "prior_documents")
    o.features.prior_documents = v;
  else
    return false;
  return true;
}

Run RunStage(const tri::bench::StoryCorpus& c) {
  Run run;
  const auto w0 = Clock::now();
  const double t0 = CpuSeconds();
  const std::vector<tri::Story> stories = tri::ClusterStories(c.docs, g_story_options);
  const double t1 = CpuSeconds();
  const std::vector<tri::SyndicationPair> pairs =
      tri::FindSyndication(c.docs, tri::SyndicationOptions{});
  const double t2 = CpuSeconds();
  run.wall_s = Seconds(w0, Clock::now());
  run.cluster_s = t1 - t0;
  run.synd_s = t2 - t1;
  run.stories = stories.size();
  std::unordered_map<std::string, uint32_t> index;
  for (uint32_t i = 0; i < c.docs.size(); ++i) index[c.docs[i].id] = i;
  run.pred.assign(c.docs.size(), 0);
  for (uint32_t s = 0; s < stories.size(); ++s) {
    for (const std::string& id : stories[s].documents) run.pred[index.at(id)] = s;
  }
  run.b3 = BCubed(run.pred, c.story);
  std::set<std::pair<uint32_t, uint32_t>> gold(c.syndicated.begin(), c.syndicated.end());
  size_t correct = 0;
  for (const tri::SyndicationPair& p : pairs) {
    uint32_t a = index.at(p.a), b = index.at(p.b);
    if (a > b) std::swap(a, b);
    correct += gold.count({a, b});
  }
  run.synd.p = pairs.empty() ? 1.0 : double(correct) / pairs.size();
  run.synd.r = gold.empty() ? 1.0 : double(correct) / gold.size();
  run.synd.f =
      run.synd.p + run.synd.r > 0 ? 2 * run.synd.p * run.synd.r / (run.synd.p + run.synd.r) : 0;
  return run;
}

void MeasureSize(size_t n) {
  tri::bench::StoryCorpusOptions o;
  o.articles = n;
  const auto g0 = Clock::now();
  const tri::bench::StoryCorpus c = tri::bench::GenerateStoryCorpus(o);
  const auto g1 = Clock::now();
  const double rss_corpus = StatusMb("VmRSS:");
  ResetPeak();
  const Run run = RunStage(c);
  const double stage_peak = StatusMb("VmHWM:");
  const double rss_peak = PeakRssMb();
  const double total = run.cluster_s + run.synd_s;
  std::printf(
      "%7zu articles (%zu gold stories, %zu gold pairs; generated in %.1f s): "
      "CPU clustering %.2f s + syndication %.2f s = %.0f articles/s/core (wall %.1f s); "
      "peak RSS %.0f MB (corpus held %.0f MB; during the stage %.0f MB, +%.0f MB); B3 P %.3f R "
      "%.3f F1 %.3f (%zu stories); "
      "syndication P %.3f R %.3f F1 %.3f\n",
      n, c.stories, c.syndicated.size(), Seconds(g0, g1), run.cluster_s, run.synd_s, n / total,
      run.wall_s, rss_peak, rss_corpus, stage_peak, stage_peak - rss_corpus, run.b3.p, run.b3.r,
      run.b3.f, run.stories, run.synd.p, run.synd.r, run.synd.f);
  std::fflush(stdout);
}

// Ours and scikit-learn on the same generated articles.
int CompareWithSklearn(size_t n, const std::string& script) {
  tri::bench::StoryCorpusOptions o;
  o.articles = n;
  const tri::bench::StoryCorpus c = tri::bench::GenerateStoryCorpus(o);
  const Run run = RunStage(c);
  const std::string path = "/tmp/tri_stories_bench_" + std::to_string(getpid()) + ".jsonl";
  {
    std::ofstream out(path);
    for (size_t i = 0; i < c.docs.size(); ++i) {
      out << nlohmann::json{{"text", c.docs[i].text}, {"story", c.story[i]}}.dump() << "\n";
    }
  }
  std::printf(
      "triangulate on the same %zu articles: CPU %.2f s, wall %.2f s (clustering + "
      "syndication), B3 P %.3f R %.3f F1 %.3f\n",
      n, run.cluster_s + run.synd_s, run.wall_s, run.b3.p, run.b3.r, run.b3.f);
  std::fflush(stdout);
  const std::string cmd = "/usr/bin/python3 " + script + " " + path;
  const int rc = std::system(cmd.c_str());
  std::remove(path.c_str());
  return rc == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes = {10000, 30000, 100000};
  size_t sklearn = 10000;
  std::string script = std::string(TRI_SOURCE_DIR) + "/bench/stories/sklearn_baseline.py";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--sizes") {
      sizes.clear();
      std::stringstream ss(argv[i + 1]);
      for (std::string t; std::getline(ss, t, ',');) sizes.push_back(std::stoul(t));
    } else if (a == "--sklearn") {
      sklearn = std::stoul(argv[i + 1]);
    } else if (a == "--script") {
      script = argv[i + 1];
    } else if (a == "--set" && SetOption(argv[i + 1])) {
    } else if (a == "--merges") {
      tri::bench::DiagnoseMerges(std::stoul(argv[i + 1]), g_story_options);
      return 0;
    } else if (a == "--diagnose") {
      tri::bench::Diagnose(std::stoul(argv[i + 1]));
      return 0;
    } else {
      std::fprintf(stderr,
                   "usage: stories_bench [--sizes N,N,...] [--sklearn N|0] [--script PATH] "
                   "[--set OPTION=VALUE]...\n");
      return 2;
    }
  }
  std::printf("story stage, one thread, generated corpora (bench/stories/story_corpus.h)\n");
  std::fflush(stdout);
  for (size_t n : sizes) {
    const pid_t pid = fork();
    if (pid == 0) {
      MeasureSize(n);
      std::_Exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "size %zu failed\n", n);
      return 1;
    }
  }
  return sklearn > 0 ? CompareWithSklearn(sklearn, script) : 0;
}
