#include "store/watch.h"

#include <filesystem>
#include <map>
#include <thread>

namespace tri {
namespace {

struct Seen {
  uintmax_t size = 0;
  std::filesystem::file_time_type mtime;
  bool ingested = false;
};

bool Stopped(const WatchOptions& o) { return o.stop != nullptr && o.stop->load(); }

// Sleeps in short slices so a stop request is honoured within ~100 ms.
void SleepUnlessStopped(const WatchOptions& o) {
  const auto until = std::chrono::steady_clock::now() + o.poll_interval;
  while (!Stopped(o) && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

IngestStats WatchFolder(const std::string& dir, IncrementalIngester& ingester,
                        const WatchOptions& options, const WatchReportFn& report) {
  IngestStats total;
  std::map<std::string, Seen> seen;
  for (int poll = 0; !Stopped(options) && (options.max_polls == 0 || poll < options.max_polls);
       ++poll) {
    std::vector<Status> errors;
    std::vector<std::string> listed = ListInputFiles({dir}, IngestOptions(), errors);
    std::vector<std::string> ready;
    for (const std::string& f : listed) {
      std::error_code ec;
      const uintmax_t size = std::filesystem::file_size(f, ec);
      if (ec) continue;
      const auto mtime = std::filesystem::last_write_time(f, ec);
      if (ec) continue;
      auto [it, fresh] = seen.try_emplace(f);
      Seen& s = it->second;
      if (fresh || s.size != size || s.mtime != mtime) {
        s = Seen{size, mtime, false};  // new or still changing: look again next poll
        continue;
      }
      if (!s.ingested) {
        ready.push_back(f);
        s.ingested = true;
      }
    }
    if (!ready.empty()) {
      IngestStats stats = ingester.IngestFiles(ready, errors);
      total.files += stats.files;
      total.documents += stats.documents;
      total.added += stats.added;
      total.updated += stats.updated;
      total.unchanged += stats.unchanged;
      total.stories_created += stats.stories_created;
      total.stories_updated += stats.stories_updated;
      total.batches += stats.batches;
      if (report) report(stats, errors);
    } else if (!errors.empty() && report) {
      report(IngestStats{}, errors);
    }
    if (options.max_polls != 0 && poll + 1 >= options.max_polls) break;
    SleepUnlessStopped(options);
  }
  total.stopped = Stopped(options);
  return total;
}

}  // namespace tri
