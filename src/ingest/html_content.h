// Main-content selection: which subtrees of a page hold the article. Paragraph-like blocks
// vote for their ancestors (longer, comma-rich, link-poor text votes more; class/id words tilt
// the vote), the best-scored element wins, and siblings that carry article text too (a lead
// paragraph before the body, a second text column after an ad) join it. Elements that say they
// are the article body (itemprop=articleBody, "article-body") are preferred when they hold
// most of the winner's text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/html_blocks.h"
#include "ingest/html_classify.h"
#include "ingest/html_dom.h"

namespace tri::ingest {

struct ContentChoice {
  std::vector<int32_t> roots;  // subtrees whose blocks are the article, in document order
  std::string method;          // "score", "body" (fallback): for provenance and debugging
};

ContentChoice ChooseContent(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                            const std::vector<NodeStats>& stats,
                            const std::vector<TextBlock>& blocks);

// True when node `n` lies in the subtree of `root`.
inline bool InSubtree(const HtmlDom& dom, int32_t root, int32_t n) {
  return n >= root && n < dom.node(root).end;
}

}  // namespace tri::ingest
