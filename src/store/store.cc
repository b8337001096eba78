// The Store factory and the helpers every backend shares.
#include "store/store.h"

#include <algorithm>
#include <cstdlib>

#include "core/hash.h"
#include "store/sqlite_store.h"

namespace tri {

std::string DefaultStorePath() {
  const char* env = std::getenv("TRIANGULATE_DB");
  return env != nullptr && *env != '\0' ? std::string(env) : std::string("triangulate.db");
}

Page Page::Clamped() const {
  Page p;
  p.limit = std::clamp(limit, 1, kMaxPageSize);
  p.offset = std::clamp(offset, 0, kMaxOffset);
  return p;
}

std::string ArticleContentHash(const Document& doc) {
  // Title and text are what readers see; boilerplate and markup changes around them (ads, a
  // new page template) are not a new version of the article.
  std::string content = doc.meta.title;
  content += '\0';
  content += doc.text;
  return HexId(content);
}

std::string ArticleKey(const Document& doc) {
  if (!doc.meta.canonical_url.empty()) return doc.meta.canonical_url;
  if (!doc.meta.url.empty()) return doc.meta.url;
  return doc.source;
}

Result<std::unique_ptr<Store>> OpenStore(std::string_view location, const StoreOptions& options) {
  std::string path(location);
  if (path.empty()) return Status::InvalidArgument("empty database path");
  const size_t colon = path.find("://");
  if (path.starts_with("sqlite:")) {
    path = path.substr(7);
    if (path.starts_with("//")) path = path.substr(2);
  } else if (path.starts_with("file:")) {
    path = path.substr(5);
    if (path.starts_with("//")) path = path.substr(2);
  } else if (colon != std::string::npos) {
    return Status::Unsupported("database URL scheme '" + path.substr(0, colon) +
                               "' is not supported (use a file path or sqlite:PATH)");
  }
  if (path.empty()) return Status::InvalidArgument("empty database path");
  return store::SqliteStore::Open(path, options);
}

}  // namespace tri
