// Ingest stage: turns input paths into Documents. Walks directories recursively (sorted, so runs
// are deterministic), detects the format (text, HTML, RSS/RDF/Atom feeds, sitemaps, WARC,
// JSONL) and the encoding, extracts the article text (main content only for HTML) and the
// metadata with its provenance. A bad file or record yields a Status naming the file (and the
// byte offset or record) and never stops the batch; every size, depth and count is capped by
// IngestOptions so memory stays bounded whatever the input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace tri {

struct IngestOptions {
  uint64_t max_file_bytes = 64ull << 20;  // larger files are refused (ResourceExhausted)
  uint64_t max_files = 1'000'000;         // cap on files one run expands to
  bool follow_symlinks = false;
  // HTML elements nested deeper than this are flattened into their ancestor at this depth
  // (real pages stay far below; pathological nesting would make parsing quadratic).
  uint32_t max_html_depth = 256;
  uint64_t max_records = 100'000;                  // items per feed, WARC or JSONL file
  uint64_t max_record_bytes = 32ull << 20;         // one WARC record or JSONL line
  uint64_t max_decompressed_bytes = 512ull << 20;  // all gzip output of one WARC file
  uint32_t max_json_depth = 256;                   // nesting of JSON (JSONL, JSON-LD)
  // Feed items whose link names an article file beside the feed read that file (the item's
  // own fields fill what the page lacks); the file is then not read a second time.
  bool link_feed_items = true;
};

// Expands files and directories into the sorted list of input files. Paths that cannot be
// listed are reported through `errors` and skipped. Article files that a feed in the same
// directory links to are left out (the feed reads them, see IngestOptions::link_feed_items).
std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths,
                                        const IngestOptions& options, std::vector<Status>& errors);

// What one input file gave: its documents (a feed or archive gives several) and the problems
// met on the way (records skipped). An unreadable or unusable file gives no documents and
// at least one error.
struct FileDocuments {
  std::vector<Document> documents;
  std::vector<Status> errors;
};

FileDocuments ReadInputFile(const std::string& path, const IngestOptions& options);

// Builds Documents from bytes already in memory; `source` names it in errors and output (and,
// for feeds, is the path whose directory holds linked article files).
FileDocuments ReadInputBytes(std::string source, std::string bytes, const IngestOptions& options);

// Decodes bytes to UTF-8: BOM, then detection (valid UTF-8 wins; bytes that are not UTF-8 are
// read in the declared single-byte charset, else windows-1252), so a page that declares UTF-8
// but is windows-1252 still decodes right. Sets `encoding` to what was used. Fails on binary
// data, naming the byte offset.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view declared_charset,
                                 std::string* encoding);

// The input formats ingest knows. kUnknown data is read as plain text.
enum class InputFormat : uint8_t { kText, kHtml, kFeed, kSitemap, kWarc, kJsonl, kUnknown };

// Sniffs the format from the first bytes (and the file name as a tie-breaker).
InputFormat DetectFormat(std::string_view name, std::string_view bytes);

// Main-content extraction from one HTML page (already in memory). `url` is the page's address
// when known (from a feed, WARC or JSONL record; it fills Metadata::url and URL-path dates).
// `http_charset` is a charset from an HTTP header, which outranks the page's own declaration.
Result<Document> ReadHtml(std::string source, std::string bytes, std::string_view url,
                          std::string_view http_charset, const IngestOptions& options);

// A plain-text article: blocks per line or paragraph, title, date line, agency and byline
// lines as metadata (they stay in the text as kByline/kOther blocks), captions with credits.
Result<Document> ReadPlainText(std::string source, std::string bytes);

}  // namespace tri
