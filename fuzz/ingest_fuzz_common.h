// Shared checks of the ingest fuzz targets: whatever the input, every document must have
// valid UTF-8 text, blocks inside it in order, and every error a message.
#pragma once

#include <cstdlib>

#include "core/utf8.h"
#include "ingest/ingest.h"

namespace tri::fuzz {

inline IngestOptions SmallLimits() {
  IngestOptions o;
  o.max_html_depth = 64;
  o.max_records = 64;
  o.max_record_bytes = 1 << 20;
  o.max_decompressed_bytes = 8 << 20;
  o.max_json_depth = 32;
  o.link_feed_items = false;  // never touch the file system from a fuzzer
  return o;
}

inline void CheckDocument(const Document& d) {
  if (FindInvalidUtf8(d.text)) std::abort();
  uint32_t last = 0;
  for (const Block& b : d.blocks) {
    if (b.span.begin > b.span.end || b.span.end > d.text.size() || b.span.begin < last)
      std::abort();
    last = b.span.end;
  }
  if (d.id.empty()) std::abort();
}

inline void Check(const FileDocuments& r) {
  for (const Document& d : r.documents) CheckDocument(d);
  for (const Status& e : r.errors) {
    if (e.ok() || e.message().empty()) std::abort();
  }
}

}  // namespace tri::fuzz
