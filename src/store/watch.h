// Folder watching for `triangulate ingest --watch DIR`: polls the folder (no inotify needed,
// works on network mounts too) and ingests files that appeared or changed, once their size and
// modification time have held still for one poll (so half-copied files are not read).
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "store/incremental.h"

namespace tri {

struct WatchOptions {
  std::chrono::milliseconds poll_interval{2000};
  const std::atomic<bool>* stop = nullptr;  // set by SIGINT/SIGTERM; the watch returns soon after
  int max_polls = 0;                        // stop after this many polls (tests); 0: no limit
};

// Called after each poll that ingested something: its stats and the errors it met.
using WatchReportFn = std::function<void(const IngestStats&, const std::vector<Status>&)>;

// Runs until options.stop is set (or max_polls); returns the totals.
IngestStats WatchFolder(const std::string& dir, IncrementalIngester& ingester,
                        const WatchOptions& options, const WatchReportFn& report = {});

}  // namespace tri
