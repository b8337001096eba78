// Segmentation of a page into text blocks in reading order: every run of inline content
// between block-level boundaries (p, div, li, h2, td, br, ...) becomes one TextBlock that knows
// its owning element, its kind, how much of it is link text and which classification flags
// (caption, meta, header) its ancestors carry. Junk subtrees are skipped whole.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "ingest/html_dom.h"

namespace tri::ingest {

struct TextBlock {
  std::string text;    // whitespace-collapsed, trimmed, never empty
  int32_t owner = -1;  // innermost block-level element around the text
  BlockKind kind = BlockKind::kParagraph;
  uint8_t heading_level = 0;  // 1..6 inside h1..h6
  uint8_t flags = 0;          // NodeFlag bits of the owner and its ancestors
  uint32_t link_bytes = 0;    // bytes of text inside <a>
  bool starts_with_link = false;
  bool ends_line = false;  // ended at a <br> (a line of a multi-line block)
  int32_t time_node = -1;  // a <time> element inside the block, if any

  double link_density() const { return text.empty() ? 0.0 : double(link_bytes) / text.size(); }
};

// Blocks of the subtree at `root` (the body, usually), in document order.
std::vector<TextBlock> SegmentBlocks(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                                     int32_t root);

}  // namespace tri::ingest
