// libFuzzer target for the WARC reader: record splitting, resynchronisation, HTTP parsing,
// chunked transfer coding, gzip members (the input is also tried gzip-wrapped by the reader
// when it starts with the gzip magic).
#include <cstdint>
#include <string>

#include "fuzz/ingest_fuzz_common.h"
#include "ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  tri::fuzz::Check(tri::ingest::ReadWarc("fuzz.warc", bytes, tri::fuzz::SmallLimits()));
  return 0;
}
