// Test helper (not installed): runs incremental ingest the way `triangulate ingest` does and
// prints one line per committed batch, so crash_test.cc can kill -9 it mid-run and compare.
//   store_ingest_child DB DIR BATCH
#include <cstdio>
#include <iostream>

#include "store/incremental.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: store_ingest_child DB DIR BATCH\n";
    return 2;
  }
  auto store = tri::OpenStore(argv[1]);
  tri::PipelineOptions po;
  po.keep_raw = true;
  po.threads = 1;
  auto pipeline = tri::Pipeline::Create(po);
  if (!store.ok() || !pipeline.ok()) {
    std::cerr << store.status().ToString() << " " << pipeline.status().ToString() << "\n";
    return 1;
  }
  tri::IncrementalOptions io;
  io.batch_files = std::stoul(argv[3]);
  io.threads = 1;
  tri::IncrementalIngester ingester(*pipeline, **store, io);
  std::vector<tri::Status> errors;
  tri::IngestStats s = ingester.IngestPaths({argv[2]}, errors, [](const tri::IngestStats& so_far) {
    std::printf("committed %zu\n", so_far.added + so_far.updated);
    std::fflush(stdout);
  });
  for (const tri::Status& e : errors) std::cerr << e.ToString() << "\n";
  std::printf("done added=%zu updated=%zu unchanged=%zu\n", s.added, s.updated, s.unchanged);
  return errors.empty() ? 0 : 1;
}
