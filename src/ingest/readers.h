// The container formats: feeds (RSS 2.0, RSS 1.0/RDF, Atom) and sitemaps, WARC (plain or
// gzip, several members), JSONL. Each returns the documents of the file plus one error per
// record it had to skip (naming the file and the record's byte offset or line), and reads
// on past bad records.
#pragma once

#include <string>

#include "ingest/ingest.h"

namespace tri::ingest {

FileDocuments ReadFeedOrSitemap(const std::string& source, std::string bytes,
                                const IngestOptions& options);
FileDocuments ReadWarc(const std::string& source, std::string bytes, const IngestOptions& options);
FileDocuments ReadJsonl(const std::string& source, std::string bytes, const IngestOptions& options);

// Local article file a feed item's link points to: a file in `dir` whose name is the last path
// segment of the URL (with or without .html/.htm); "" if there is none.
std::string LocalArticleFor(const std::string& dir, std::string_view url);

}  // namespace tri::ingest
