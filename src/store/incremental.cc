// Incremental ingest, reading side: files in batches, new/changed filter, parallel annotation.
#include "store/incremental.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include "store/incremental_internal.h"

namespace tri {
namespace {

template <typename F>
void ParallelFor(size_t n, int threads, F fn) {
  threads = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = static_cast<int>(
      std::clamp<size_t>(static_cast<size_t>(std::max(threads, 1)), 1, std::max<size_t>(n, 1)));
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

}  // namespace

IncrementalIngester::IncrementalIngester(std::shared_ptr<const Pipeline> pipeline, Store& store,
                                         IncrementalOptions options)
    : pipeline_(std::move(pipeline)), store_(store), options_(options) {
  if (options_.batch_files == 0) options_.batch_files = 1;
}

IngestStats IncrementalIngester::IngestPaths(const std::vector<std::string>& paths,
                                             std::vector<Status>& errors,
                                             const CommitFn& on_commit) {
  const std::vector<std::string> files = ListInputFiles(paths, pipeline_->options().ingest, errors);
  return IngestFiles(files, errors, on_commit);
}

IngestStats IncrementalIngester::IngestFiles(const std::vector<std::string>& files,
                                             std::vector<Status>& errors,
                                             const CommitFn& on_commit) {
  IngestStats stats;
  stats.files = files.size();
  for (size_t start = 0; start < files.size(); start += options_.batch_files) {
    if (options_.stop != nullptr && options_.stop->load()) {
      stats.stopped = true;
      break;
    }
    const size_t end = std::min(files.size(), start + options_.batch_files);
    std::vector<FileDocuments> read(end - start);
    ParallelFor(read.size(), options_.threads, [&](size_t i) {
      read[i] = ReadInputFile(files[start + i], pipeline_->options().ingest);
    });

    // New or changed only; the store is asked from this thread (one connection, one thread).
    std::vector<Pending> batch;
    std::map<std::string, size_t> keys_in_batch;
    for (FileDocuments& f : read) {
      for (Status& e : f.errors) errors.push_back(std::move(e));
      for (Document& d : f.documents) {
        ++stats.documents;
        Pending p;
        p.key = ArticleKey(d);
        p.hash = ArticleContentHash(d);
        if (keys_in_batch.count(p.key)) {  // the same article twice in one batch: first wins
          ++stats.unchanged;
          continue;
        }
        auto found = store_.FindArticleByKey(p.key);
        if (!found.ok()) {
          errors.push_back(found.status());
          return stats;
        }
        if (found->has_value() && (*found)->content_hash == p.hash) {
          ++stats.unchanged;
          continue;
        }
        p.replaces = *found;
        p.doc = std::move(d);
        keys_in_batch[p.key] = batch.size();
        batch.push_back(std::move(p));
      }
    }
    if (batch.empty()) continue;
    if (Status ids = AssignIds(store_, batch); !ids.ok()) {
      errors.push_back(ids);
      return stats;
    }
    ParallelFor(batch.size(), options_.threads,
                [&](size_t i) { pipeline_->AnnotateDocument(batch[i].doc); });
    Status committed = CommitBatch(std::move(batch), stats);
    if (!committed.ok()) {
      errors.push_back(committed);
      return stats;
    }
    ++stats.batches;
    if (on_commit) on_commit(stats);
  }
  return stats;
}

}  // namespace tri
