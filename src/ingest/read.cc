// Reading input paths: directory walk, size limits, format dispatch.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/hash.h"
#include "ingest/feed_item.h"
#include "ingest/ingest.h"
#include "ingest/readers.h"

namespace tri {
namespace fs = std::filesystem;
namespace {

// Inside directories only article-like files are taken (a README.md or an image beside the
// articles is not an article); files named explicitly are always read and sniffed.
bool HasArticleExtension(const fs::path& p) {
  std::string name = p.filename().string();
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* kExtensions[] = {".txt",   ".text",    ".html",  ".htm",    ".xhtml",
                                      ".shtml", ".xml",     ".rss",   ".atom",   ".rdf",
                                      ".warc",  ".warc.gz", ".jsonl", ".ndjson", ".json"};
  for (const char* ext : kExtensions) {
    const std::string_view e(ext);
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
      return true;
  }
  return false;
}

bool IsFeedName(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* ext : {".xml", ".rss", ".atom", ".rdf"}) {
    const std::string_view e(ext);
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
      return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths,
                                        const IngestOptions& options, std::vector<Status>& errors) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      errors.push_back(Status::NotFound("no such file or directory").At(path));
      continue;
    }
    if (!fs::is_directory(st)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    auto opts = fs::directory_options::skip_permission_denied;
    if (options.follow_symlinks) opts |= fs::directory_options::follow_directory_symlink;
    fs::recursive_directory_iterator it(path, opts, ec), end;
    if (ec) {
      errors.push_back(Status::IoError("cannot list directory: " + ec.message()).At(path));
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        errors.push_back(Status::IoError("cannot list directory: " + ec.message()).At(path));
        break;
      }
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git, .DS_Store)
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && HasArticleExtension(it->path())) {
        found.push_back(it->path().string());
      }
      if (found.size() > options.max_files) break;
    }
    std::sort(found.begin(), found.end());
    // Article files a feed in the walk links to are read through the feed (which adds the
    // item's date and author), not a second time on their own.
    std::vector<std::string> linked;
    for (const std::string& f : found) {
      if (IsFeedName(f)) {
        for (std::string& l : ingest::FeedLinkedFiles(f, options)) linked.push_back(std::move(l));
      }
    }
    std::sort(linked.begin(), linked.end());
    for (const std::string& f : found) {
      if (!std::binary_search(linked.begin(), linked.end(), f)) files.push_back(f);
    }
    if (files.size() > options.max_files) {
      errors.push_back(Status::ResourceExhausted("more than " + std::to_string(options.max_files) +
                                                 " input files; the rest are skipped")
                           .At(path));
      files.resize(options.max_files);
      break;
    }
  }
  return files;
}

FileDocuments ReadInputFile(const std::string& path, const IngestOptions& options) {
  FileDocuments out;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    out.errors.push_back(Status::NotFound("cannot stat file: " + ec.message()).At(path));
    return out;
  }
  if (size > options.max_file_bytes) {
    out.errors.push_back(Status::ResourceExhausted(
                             "file is " + std::to_string(size) + " bytes, above the limit of " +
                             std::to_string(options.max_file_bytes) + " (--max-file-bytes)")
                             .At(path));
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const bool exists = fs::exists(path, ec);
    out.errors.push_back((exists ? Status::PermissionDenied("cannot open file for reading")
                                 : Status::NotFound("no such file"))
                             .At(path));
    return out;
  }
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<uint64_t>(in.gcount()) != size) {
    out.errors.push_back(Status::IoError("read failed").At(path, in.gcount()));
    return out;
  }
  return ReadInputBytes(path, std::move(bytes), options);
}

FileDocuments ReadInputBytes(std::string source, std::string bytes, const IngestOptions& options) {
  FileDocuments out;
  if (bytes.empty()) {
    out.errors.push_back(Status::InvalidArgument("empty file").At(source));
    return out;
  }
  const InputFormat format = DetectFormat(source, bytes);
  switch (format) {
    case InputFormat::kFeed:
    case InputFormat::kSitemap:
      return ingest::ReadFeedOrSitemap(source, std::move(bytes), options);
    case InputFormat::kWarc:
      return ingest::ReadWarc(source, std::move(bytes), options);
    case InputFormat::kJsonl:
      return ingest::ReadJsonl(source, std::move(bytes), options);
    case InputFormat::kHtml: {
      auto doc = ReadHtml(source, std::move(bytes), "", "", options);
      if (!doc.ok()) {
        out.errors.push_back(doc.status().At(source));
      } else {
        out.documents.push_back(std::move(doc).value());
      }
      return out;
    }
    case InputFormat::kText:
    case InputFormat::kUnknown:
      break;
  }
  auto doc = ReadPlainText(source, std::move(bytes));
  if (!doc.ok()) {
    out.errors.push_back(doc.status().At(source));
    return out;
  }
  out.documents.push_back(std::move(doc).value());
  return out;
}

}  // namespace tri
