// Streaming gzip/zlib decompression for WARC files and HTTP bodies: every gzip member in turn
// (WARC.gz stores one record per member), output handed on in chunks so a record never needs
// the whole file in memory, a cap on the total output (gzip bombs), and resynchronisation at
// the next member header after a corrupt one.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace tri::ingest {

struct GzipResult {
  uint64_t output_bytes = 0;
  std::vector<Status> errors;  // corrupt members (with compressed byte offsets), cap reached
  bool stopped = false;        // the cap was reached or the sink asked to stop
};

// Calls `sink(chunk, member_start)` for each piece of decompressed output; `member_start` is
// true for the first chunk of each gzip member. A sink returning false stops decompression.
// After a corrupt member, `on_resync()` is called before output resumes at the next member.
GzipResult InflateMembers(std::string_view compressed, uint64_t max_output,
                          const std::function<bool(std::string_view, bool)>& sink,
                          const std::function<void()>& on_resync);

// Whole-buffer convenience (HTTP Content-Encoding gzip/deflate): fails beyond `max_output`.
Result<std::string> InflateAll(std::string_view compressed, uint64_t max_output);

}  // namespace tri::ingest
