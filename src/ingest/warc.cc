// WARC (ISO 28500) files, plain or gzip-compressed (one or many members). Records are cut from
// the decompressed stream as it arrives, so memory holds one record at a time; records larger
// than max_record_bytes are skipped without being held. `response` records with an HTML (or
// plain-text) HTTP payload and `resource` records become Documents, named by their
// WARC-Target-URI; other record types (request, metadata, warcinfo, revisit) are passed over.
// A damaged record is reported with its byte offset and the reader resynchronises at the next
// "WARC/" header.
#include "core/hash.h"
#include "ingest/gzip_stream.h"
#include "ingest/http_payload.h"
#include "ingest/readers.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

struct WarcRecord {
  uint64_t offset = 0;  // of the record header in the (decompressed) stream
  std::string type, uri, content_type;
  std::string block;
};

// Turns a WARC record into documents (none for records that are not articles).
void RecordToDocuments(const std::string& source, const WarcRecord& rec,
                       const IngestOptions& options, FileDocuments& out) {
  if (rec.type != "response" && rec.type != "resource" && rec.type != "conversion") return;
  const std::string where = source + ": record at byte " + std::to_string(rec.offset);
  std::string payload, mime, charset;
  if (rec.type == "response" && StartsWith(AsciiLower(rec.content_type), "application/http")) {
    auto http = ParseHttpResponse(rec.block, options.max_record_bytes);
    if (!http.ok()) {
      out.errors.push_back(Status(http.status().code(), where + ": " + http.status().message()));
      return;
    }
    if (http->status < 200 || http->status >= 300) return;  // redirects, errors: not articles
    payload = std::move(http->body);
    mime = http->content_type;
    charset = http->charset;
  } else {
    payload = rec.block;
    mime =
        AsciiLower(Trim(std::string_view(rec.content_type).substr(0, rec.content_type.find(';'))));
  }
  if (payload.empty()) return;
  const std::string name = rec.uri.empty() ? source + "#" + std::to_string(rec.offset) : rec.uri;
  Result<Document> doc = Status::Unsupported("");
  if (mime == "text/html" || mime == "application/xhtml+xml" ||
      (mime.empty() && DetectFormat(name, payload) == InputFormat::kHtml)) {
    doc = ReadHtml(name, std::move(payload), rec.uri, charset, options);
  } else if (mime == "text/plain") {
    doc = ReadPlainText(name, std::move(payload));
  } else {
    return;  // images, scripts, style sheets, feeds inside archives: not articles
  }
  if (!doc.ok()) {
    out.errors.push_back(Status(doc.status().code(), where + ": " + doc.status().message()));
    return;
  }
  if (doc->meta.url.empty()) doc->meta.url = rec.uri;
  out.documents.push_back(std::move(doc).value());
}

// Cuts records out of the decompressed byte stream.
class RecordSplitter {
 public:
  RecordSplitter(const std::string& source, const IngestOptions& options, FileDocuments& out)
      : source_(source), options_(options), out_(out) {}

  // Appends stream bytes; returns false once the record limit is reached.
  bool Feed(std::string_view chunk) {
    if (skip_ > 0) {
      const size_t n = static_cast<size_t>(std::min<uint64_t>(skip_, chunk.size()));
      skip_ -= n;
      offset_ += n;
      chunk.remove_prefix(n);
    }
    buffer_.append(chunk);
    while (Step()) {
    }
    return records_ < options_.max_records;
  }

  // After a corrupt gzip member: whatever record was in progress is lost.
  void Resync() {
    if (!buffer_.empty() || skip_ > 0) {
      out_.errors.push_back(Status::Corrupt("record cut short by corrupt compressed data")
                                .At(source_, record_start_));
    }
    offset_ += buffer_.size();
    buffer_.clear();
    skip_ = 0;
  }

  void Finish() {
    if (!Trim(buffer_).empty()) {
      out_.errors.push_back(
          Status::Corrupt("truncated WARC record (file ends inside it)").At(source_, offset_));
    }
  }

 private:
  // Parses one record from the buffer if it is complete; false when more bytes are needed.
  bool Step() {
    size_t lead = 0;  // blank lines between records
    while (lead < buffer_.size() && (buffer_[lead] == '\r' || buffer_[lead] == '\n')) ++lead;
    if (lead > 0) {
      buffer_.erase(0, lead);
      offset_ += lead;
    }
    if (buffer_.empty() || records_ >= options_.max_records) return false;
    if (!StartsWith(buffer_, "WARC/")) {
      if (buffer_.size() < 5 && std::string_view("WARC/").substr(0, buffer_.size()) == buffer_)
        return false;
      return Resynchronise("no WARC header where a record should start");
    }
    size_t header_end = buffer_.find("\r\n\r\n");
    size_t block_start = header_end + 4;
    if (header_end == std::string::npos) {
      header_end = buffer_.find("\n\n");
      block_start = header_end + 2;
    }
    if (header_end == std::string::npos) {
      if (buffer_.size() > (1u << 20)) return Resynchronise("WARC header longer than 1 MiB");
      return false;
    }
    resyncing_ = false;
    WarcRecord rec;
    rec.offset = offset_;
    record_start_ = offset_;
    int64_t length = -1;
    const std::string_view head = std::string_view(buffer_).substr(0, header_end);
    for (const std::string& line : SplitTrimmed(head, '\n')) {
      const size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      const std::string name = AsciiLower(Trim(std::string_view(line).substr(0, colon)));
      const std::string value(Trim(std::string_view(line).substr(colon + 1)));
      if (name == "warc-type") rec.type = AsciiLower(value);
      if (name == "warc-target-uri") rec.uri = value;
      if (name == "content-type") rec.content_type = value;
      if (name == "content-length") {
        length = 0;
        for (char c : value) {
          if (!IsAsciiDigit(c) || length > (int64_t{1} << 50)) {
            length = -1;
            break;
          }
          length = length * 10 + (c - '0');
        }
      }
    }
    if (length < 0) return Resynchronise("WARC record without a valid Content-Length");
    ++records_;
    if (static_cast<uint64_t>(length) > options_.max_record_bytes) {
      out_.errors.push_back(Status::ResourceExhausted("WARC record of " + std::to_string(length) +
                                                      " bytes is above the limit of " +
                                                      std::to_string(options_.max_record_bytes) +
                                                      " (--max-record-bytes); skipped")
                                .At(source_, offset_));
      const uint64_t have = buffer_.size() - block_start;
      const uint64_t total = static_cast<uint64_t>(length);
      offset_ += block_start + std::min(have, total);
      if (have >= total) {
        buffer_.erase(0, block_start + total);
      } else {
        skip_ = total - have;
        buffer_.clear();
      }
      return true;
    }
    if (buffer_.size() - block_start < static_cast<uint64_t>(length)) return false;
    rec.block = buffer_.substr(block_start, static_cast<size_t>(length));
    const size_t consumed = block_start + static_cast<size_t>(length);
    buffer_.erase(0, consumed);
    offset_ += consumed;
    RecordToDocuments(source_, rec, options_, out_);
    return true;
  }

  bool Resynchronise(const char* why) {
    if (!resyncing_) {
      out_.errors.push_back(
          Status::Corrupt(std::string(why) + "; skipping to the next record").At(source_, offset_));
    }
    resyncing_ = true;
    const size_t next = buffer_.find("\nWARC/", 1);
    if (next == std::string::npos) {
      // Keep a tail in case "WARC/" is split across chunks.
      const size_t keep = std::min<size_t>(buffer_.size() - 1, 8);
      offset_ += buffer_.size() - keep;
      buffer_.erase(0, buffer_.size() - keep);
      return false;
    }
    buffer_.erase(0, next + 1);
    offset_ += next + 1;
    return true;
  }

  const std::string& source_;
  const IngestOptions& options_;
  FileDocuments& out_;
  std::string buffer_;
  uint64_t offset_ = 0;  // stream offset of buffer_[0]
  uint64_t record_start_ = 0;
  uint64_t skip_ = 0;  // bytes of an oversized record still to pass over
  uint64_t records_ = 0;
  bool resyncing_ = false;  // reported once per damaged stretch

 public:
  bool at_limit() const { return records_ >= options_.max_records; }
};

}  // namespace

FileDocuments ReadWarc(const std::string& source, std::string bytes, const IngestOptions& options) {
  FileDocuments out;
  RecordSplitter splitter(source, options, out);
  const bool gzip = bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
  if (gzip) {
    GzipResult r = InflateMembers(
        bytes, options.max_decompressed_bytes,
        [&](std::string_view chunk, bool) { return splitter.Feed(chunk); },
        [&] { splitter.Resync(); });
    for (Status& e : r.errors) out.errors.push_back(e.At(source));
    if (!r.stopped) splitter.Finish();
  } else {
    splitter.Feed(bytes);
    splitter.Finish();
  }
  if (splitter.at_limit()) {
    out.errors.push_back(
        Status::ResourceExhausted("more than " + std::to_string(options.max_records) +
                                  " WARC records (--max-records); the rest are skipped")
            .At(source));
  }
  if (out.documents.empty() && out.errors.empty()) {
    out.errors.push_back(
        Status::NotFound("no HTML or text response records in the WARC file").At(source));
  }
  return out;
}

}  // namespace tri::ingest
