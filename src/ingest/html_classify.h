// Boilerplate classification of a parsed page: which subtrees are navigation, banners, share
// bars, comments, teasers, ads, hidden or widget content (never article text), which are
// figures/captions (caption metadata), and which are meta lines (bylines, date lines). Also the
// per-node text statistics the content scorer uses. Rules are generic (tags, ARIA roles,
// words in class/id names, link density); nothing names a particular site.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/html_dom.h"

namespace tri::ingest {

enum NodeFlag : uint8_t {
  kFlagJunk = 1,      // drop the subtree from the body
  kFlagCaption = 2,   // figure/figcaption/credit: its text is caption metadata
  kFlagMeta = 4,      // byline/date/author box: scanned for metadata, not body
  kFlagPositive = 8,  // class/id says article body ("article-body", itemprop=articleBody)
  kFlagHeader = 16,   // a page or article header (title, kicker, byline live here)
};

// Text amounts of a subtree, counted in non-space bytes (script/style and flagged junk
// subtrees excluded once flags are given).
struct NodeStats {
  uint32_t text = 0;
  uint32_t link_text = 0;
  uint16_t paragraphs = 0;  // <p> elements with >= 40 bytes of text
  uint16_t links = 0;
};

std::vector<NodeStats> ComputeStats(const HtmlDom& dom, const std::vector<uint8_t>* flags);

// Words of an element's class and id attributes, lower-cased and split at '-', '_', spaces and
// camelCase humps ("articleBody__teaser-list" -> article body teaser list).
std::vector<std::string> ClassWords(const HtmlDom& dom, int32_t i);

// +1 when class/id words say "article content", -1 when they say boilerplate, 0 otherwise.
int ClassWeight(const std::vector<std::string>& words);

// Flags for every node (NodeFlag bits), from tags, roles, hidden markers and class/id words;
// a subtree holding most of the page's text is never flagged junk.
std::vector<uint8_t> ClassifyNodes(const HtmlDom& dom, const std::vector<NodeStats>& stats);

// True for elements that start a new block of text (p, div, li, h1, table cell, ...).
bool IsBlockTag(GumboTag tag);

}  // namespace tri::ingest
