// libFuzzer target for the feed and sitemap reader (RSS 2.0, RDF, Atom, sitemaps; malformed XML
// salvage item by item).
#include <cstdint>
#include <string>

#include "fuzz/ingest_fuzz_common.h"
#include "ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  tri::fuzz::Check(tri::ingest::ReadFeedOrSitemap("fuzz.xml", bytes, tri::fuzz::SmallLimits()));
  return 0;
}
