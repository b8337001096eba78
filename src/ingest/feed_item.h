// One feed or sitemap item as read from the XML, and how it becomes a Document: through the
// local article file it links to (read with the HTML extractor; the item's date, authors,
// title and keywords fill what the page lacks), or from its own content.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "ingest/ingest.h"

namespace tri::ingest {

struct FeedItem {
  std::string raw;  // the item's XML, serialised: its id is derived from it
  std::string title, link, guid, summary, content, outlet, language;
  bool content_is_html = true;
  std::vector<std::string> authors, keywords;
  std::optional<DateTime> published, modified;
};

struct FeedChannel {
  std::string title;  // the outlet
  std::string language;
};

// The items of a feed or sitemap file, with the problems met (malformed items are skipped).
struct ParsedFeed {
  FeedChannel channel;
  std::vector<FeedItem> items;
  std::vector<Status> errors;
  std::string encoding;
};
ParsedFeed ParseFeed(const std::string& source, std::string_view bytes,
                     const IngestOptions& options);

// NotFound when the item has neither a local article nor any text (a plain sitemap entry).
Result<Document> DocumentFromFeedItem(const std::string& source, const std::string& dir,
                                      size_t index, const FeedItem& item,
                                      const FeedChannel& channel, const std::string& encoding,
                                      const IngestOptions& options);

// Blocks and captions of an HTML fragment (feed content, JSONL html without a page around it):
// every text block in order, no main-content selection.
struct FragmentText {
  std::vector<std::pair<BlockKind, std::string>> blocks;
  std::vector<Caption> captions;
};
FragmentText HtmlFragmentText(std::string_view html, uint32_t max_depth);

// Local article files the feed at `path` links to (see LocalArticleFor).
std::vector<std::string> FeedLinkedFiles(const std::string& path, const IngestOptions& options);

}  // namespace tri::ingest
