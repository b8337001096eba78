#include "ingest/http_payload.h"

#include "ingest/charset.h"
#include "ingest/gzip_stream.h"
#include "ingest/text_util.h"

namespace tri::ingest {

std::string Dechunk(std::string_view body, bool* complete) {
  std::string out;
  size_t pos = 0;
  if (complete) *complete = false;
  while (pos < body.size()) {
    const size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) return out;
    std::string_view size_line = Trim(body.substr(pos, eol - pos));
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    uint64_t size = 0;
    size_t digits = 0;
    for (char c : size_line) {
      const int v = IsAsciiDigit(c)          ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
      if (v < 0 || ++digits > 15) return out;
      size = size * 16 + static_cast<uint64_t>(v);
    }
    if (digits == 0) return out;
    pos = eol + 1;
    if (size == 0) {
      if (complete) *complete = true;
      return out;
    }
    if (size > body.size() - pos) {
      out.append(body.substr(pos));
      return out;
    }
    out.append(body.substr(pos, size));
    pos += size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

Result<HttpResponse> ParseHttpResponse(std::string_view message, uint64_t max_body) {
  HttpResponse r;
  size_t header_end = message.find("\r\n\r\n");
  size_t body_start =
      header_end == std::string_view::npos ? std::string_view::npos : header_end + 4;
  if (header_end == std::string_view::npos) {
    header_end = message.find("\n\n");
    if (header_end == std::string_view::npos) return Status::Corrupt("HTTP headers do not end");
    body_start = header_end + 2;
  }
  const std::string_view head = message.substr(0, header_end);
  if (!StartsWith(head, "HTTP/")) return Status::Corrupt("not an HTTP response");
  const size_t sp = head.find(' ');
  if (sp == std::string_view::npos || sp + 4 > head.size())
    return Status::Corrupt("bad HTTP status line");
  for (size_t i = sp + 1; i < sp + 4; ++i) {
    if (!IsAsciiDigit(head[i])) return Status::Corrupt("bad HTTP status code");
    r.status = r.status * 10 + (head[i] - '0');
  }
  bool chunked = false;
  std::string encoding;
  size_t pos = head.find('\n');
  while (pos != std::string_view::npos && pos < head.size()) {
    const size_t next = head.find('\n', pos + 1);
    const std::string_view line =
        Trim(head.substr(pos + 1, (next == std::string_view::npos ? head.size() : next) - pos - 1));
    pos = next;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = AsciiLower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      r.content_type = AsciiLower(Trim(value.substr(0, value.find(';'))));
      r.charset = CharsetFromContentType(value);
    } else if (name == "transfer-encoding") {
      chunked = AsciiLower(value).find("chunked") != std::string::npos;
    } else if (name == "content-encoding") {
      encoding = AsciiLower(value);
    }
  }
  std::string_view body = message.substr(body_start);
  if (chunked) {
    bool complete = true;
    r.body = Dechunk(body, &complete);
    // Some crawlers store the de-chunked body but keep the header: take it as it is.
    if (r.body.empty() && !Trim(body).empty()) r.body = std::string(body);
  } else {
    r.body = std::string(body);
  }
  if (encoding.find("gzip") != std::string::npos || encoding.find("deflate") != std::string::npos) {
    auto inflated = InflateAll(r.body, max_body);
    if (!inflated.ok()) return inflated.status();
    r.body = std::move(inflated).value();
  }
  return r;
}

}  // namespace tri::ingest
