// libFuzzer target for the JSONL reader (lines, whole-file arrays, text and html records).
#include <cstdint>
#include <string>

#include "fuzz/ingest_fuzz_common.h"
#include "ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  tri::fuzz::Check(tri::ingest::ReadJsonl("fuzz.jsonl", bytes, tri::fuzz::SmallLimits()));
  return 0;
}
