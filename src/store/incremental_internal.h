// Internal to incremental ingest: what one batch carries from reading to committing.
#pragma once

#include <optional>
#include <string>

#include "store/incremental.h"

namespace tri {

struct IncrementalIngester::Pending {
  Document doc;                        // annotated
  std::string key;                     // ArticleKey
  std::string hash;                    // ArticleContentHash
  std::optional<ArticleRef> replaces;  // the stored older version, if any
};

}  // namespace tri

namespace tri {

// Gives every pending document an id used by no other stored article and no other document
// of the batch ("id", "id-2", ...). Runs before annotation, so claim ids carry the final id.
Status AssignIds(Store& store, std::vector<IncrementalIngester::Pending>& batch);

// Days since 1970 of the article's publication (UTC), if dated.
std::optional<int64_t> PublicationDay(const Document& doc);

}  // namespace tri
