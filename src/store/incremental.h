// Incremental ingest: adds only new or changed articles to a Store, runs the per-document
// stages on them, assigns them to stored or new stories and recomputes entity links,
// publication-date inference, comparison, timeline and syndication for the touched stories
// only. Work is committed in batches, each one Store::Apply (one transaction): a crash loses
// at most the batch in flight, and a re-run picks up where it stopped without duplicates
// (articles are recognised by key and content hash).
//
// Story assignment reuses the story stage unchanged: the batch is clustered together with
// the stored stories whose dates overlap it (± the story window). Stored articles keep their
// story; a new article joins the stored story most of its cluster belongs to, or opens one.
// Canonical entity ids stay stable across runs: an entity linked in a touched story that has
// a name or alias of a stored entity of the same type takes that entity's id and name.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "store/store.h"

namespace tri {

struct IncrementalOptions {
  size_t batch_files = 64;                  // files read, annotated and committed together
  int candidate_stories = 400;              // most stored stories considered for one batch
  int threads = 0;                          // annotation threads (0: one per core)
  const std::atomic<bool>* stop = nullptr;  // checked between batches (SIGINT, SIGTERM)
};

struct IngestStats {
  size_t files = 0;
  size_t documents = 0;  // read from the inputs
  size_t added = 0;      // new articles stored
  size_t updated = 0;    // stored articles replaced by a changed version
  size_t unchanged = 0;  // already stored with the same content
  size_t stories_created = 0;
  size_t stories_updated = 0;
  size_t batches = 0;    // committed transactions
  bool stopped = false;  // the stop flag ended the run early
};

// Called after each committed batch with the totals so far.
using CommitFn = std::function<void(const IngestStats&)>;

class IncrementalIngester {
 public:
  IncrementalIngester(std::shared_ptr<const Pipeline> pipeline, Store& store,
                      IncrementalOptions options = {});

  // Expands `paths` (files and directories) and ingests every input file. Bad inputs are
  // appended to `errors` and skipped; a failed commit stops the run (its batch is rolled back).
  IngestStats IngestPaths(const std::vector<std::string>& paths, std::vector<Status>& errors,
                          const CommitFn& on_commit = {});
  IngestStats IngestFiles(const std::vector<std::string>& files, std::vector<Status>& errors,
                          const CommitFn& on_commit = {});

  struct Pending;  // defined in incremental_internal.h

 private:
  Status CommitBatch(std::vector<Pending> batch, IngestStats& stats);

  std::shared_ptr<const Pipeline> pipeline_;
  Store& store_;
  IncrementalOptions options_;
};

}  // namespace tri
