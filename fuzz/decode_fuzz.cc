// libFuzzer target for the ingest decoder DecodeToUtf8 (src/ingest): arbitrary bytes with a
// declared charset chosen by the first input byte. A successful decode must be valid UTF-8
// and name the encoding it used; a failure must carry a message.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static constexpr std::string_view kCharsets[] = {
      "",       "utf-8",  "UTF-8",         "windows-1252", "iso-8859-1", "ISO-8859-15",
      "latin1", "utf-16", "bogus-charset", "us-ascii",     "cp1252",     "x-unknown"};
  std::string_view charset;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!bytes.empty()) {
    charset = kCharsets[static_cast<uint8_t>(bytes[0]) % std::size(kCharsets)];
    bytes.remove_prefix(1);
  }
  std::string encoding;
  const tri::Result<std::string> r = tri::DecodeToUtf8(bytes, charset, &encoding);
  if (r.ok()) {
    if (tri::FindInvalidUtf8(*r).has_value()) std::abort();
    if (encoding.empty()) std::abort();
  } else if (r.status().message().empty()) {
    std::abort();
  }
  return 0;
}
