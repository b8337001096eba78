// HTTP messages as archived in WARC response records: status line, headers (Content-Type with
// its charset, Transfer-Encoding, Content-Encoding) and the body, de-chunked and decompressed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace tri::ingest {

struct HttpResponse {
  int status = 0;
  std::string content_type;  // lower-cased media type without parameters ("text/html")
  std::string charset;       // from the Content-Type parameters, lower-cased; "" if none
  std::string body;
};

// Parses a raw HTTP/1.x response. Chunked bodies are de-chunked (a broken chunk stream keeps
// what was read); gzip/deflate bodies are inflated up to `max_body` bytes.
Result<HttpResponse> ParseHttpResponse(std::string_view message, uint64_t max_body);

// Removes HTTP chunked transfer coding; sets `complete` false when the stream is cut short.
std::string Dechunk(std::string_view body, bool* complete);

}  // namespace tri::ingest
