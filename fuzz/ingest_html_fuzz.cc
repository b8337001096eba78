// libFuzzer target for the HTML reader (ReadHtml): parsing, depth capping, boilerplate
// classification, content choice, metadata (meta, JSON-LD, dates) on arbitrary bytes.
#include <cstdint>
#include <string>

#include "fuzz/ingest_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto doc = tri::ReadHtml("fuzz.html", bytes, "https://example.org/2025/10/27/x", "",
                           tri::fuzz::SmallLimits());
  if (doc.ok()) {
    tri::fuzz::CheckDocument(*doc);
  } else if (doc.status().message().empty()) {
    std::abort();
  }
  return 0;
}
