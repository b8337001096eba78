#include "ingest/gzip_stream.h"

#include <zlib.h>

#include <array>
#include <memory>

namespace tri::ingest {
namespace {

// Next gzip member header (1f 8b 08) at or after `from`.
size_t FindMember(std::string_view s, size_t from) {
  for (size_t i = from; i + 2 < s.size(); ++i) {
    if (s[i] == '\x1f' && s[i + 1] == '\x8b' && s[i + 2] == '\x08') return i;
  }
  return std::string_view::npos;
}

struct ZStream {
  z_stream zs{};
  bool ok = false;
  explicit ZStream(int window_bits) { ok = inflateInit2(&zs, window_bits) == Z_OK; }
  ~ZStream() {
    if (ok) inflateEnd(&zs);
  }
};

}  // namespace

GzipResult InflateMembers(std::string_view compressed, uint64_t max_output,
                          const std::function<bool(std::string_view, bool)>& sink,
                          const std::function<void()>& on_resync) {
  GzipResult result;
  ZStream z(15 + 32);  // gzip or zlib, auto-detected
  if (!z.ok) {
    result.errors.push_back(Status::Internal("zlib initialisation failed"));
    return result;
  }
  std::array<unsigned char, 64 * 1024> out{};
  size_t pos = 0;
  bool member_start = true;
  while (pos < compressed.size()) {
    z.zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + pos));
    const size_t avail = std::min<size_t>(compressed.size() - pos, 1u << 30);
    z.zs.avail_in = static_cast<uInt>(avail);
    z.zs.next_out = out.data();
    z.zs.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z.zs, Z_NO_FLUSH);
    const size_t consumed = avail - z.zs.avail_in;
    const size_t produced = out.size() - z.zs.avail_out;
    if (produced > 0) {
      if (result.output_bytes + produced > max_output) {
        result.errors.push_back(Status::ResourceExhausted(
            "decompressed data exceeds the limit of " + std::to_string(max_output) +
            " bytes (--max-decompressed-bytes); possible gzip bomb, rest of the file skipped"));
        result.stopped = true;
        return result;
      }
      result.output_bytes += produced;
      if (!sink(std::string_view(reinterpret_cast<const char*>(out.data()), produced),
                member_start)) {
        result.stopped = true;
        return result;
      }
      member_start = false;
    }
    pos += consumed;
    if (rc == Z_STREAM_END) {
      inflateReset(&z.zs);
      member_start = true;
      // Trailing padding (zeros) after the last member is common and harmless.
      while (pos < compressed.size() && compressed[pos] == '\0') ++pos;
      continue;
    }
    if (rc == Z_OK || (rc == Z_BUF_ERROR && produced > 0)) continue;
    if (rc == Z_BUF_ERROR && consumed == 0 && produced == 0) {
      result.errors.push_back(
          Status::Corrupt("truncated gzip data at byte " + std::to_string(pos)));
      return result;
    }
    // Corrupt data: report, skip to the next member header, start over there.
    result.errors.push_back(Status::Corrupt(std::string("corrupt gzip data (") +
                                            (z.zs.msg ? z.zs.msg : "inflate error") +
                                            ") at compressed byte " + std::to_string(pos)));
    const size_t next = FindMember(compressed, pos + 1);
    if (next == std::string_view::npos) return result;
    pos = next;
    inflateReset(&z.zs);
    member_start = true;
    on_resync();
  }
  if (!member_start) {
    result.errors.push_back(Status::Corrupt("gzip data ends inside a member (truncated file)"));
  }
  return result;
}

Result<std::string> InflateAll(std::string_view compressed, uint64_t max_output) {
  std::string out;
  bool failed = false;
  GzipResult r = InflateMembers(
      compressed, max_output,
      [&](std::string_view chunk, bool) {
        out.append(chunk);
        return true;
      },
      [&] { failed = true; });
  if (!r.errors.empty()) return r.errors.front();
  if (failed) return Status::Corrupt("corrupt compressed data");
  return out;
}

}  // namespace tri::ingest
