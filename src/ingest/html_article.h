// From the chosen content to the article: body blocks in reading order (widget text, date
// lines, bylines and agency credits removed), captions with their credits, and the metadata
// the visible page carries (bylines, date lines, agency credits, <time> elements), each added
// as a MetaCandidate whose confidence depends on where on the page it stood. A date is only
// read as the publication date in the article's head (title, byline, first paragraphs) or
// with an explicit "Veröffentlicht"/"Stand"/"Published" label; dates in captions, video
// teasers, related-article lists and footers never are.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "ingest/html_blocks.h"
#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/meta_candidates.h"

namespace tri::ingest {

struct ArticleParts {
  struct Part {
    BlockKind kind;
    std::string text;
    uint8_t level = 0;  // heading level (2 for <h2>), 0 for other blocks
  };
  std::vector<Part> body;  // without the title
  std::vector<Caption> captions;
  std::string headline;  // text of the page's main <h1>, if any
  int32_t headline_node = -1;
  // Node index where the article head ends (the first long paragraph of the body): dates
  // before it may be the publication date, dates after it are not (unless labelled).
  int32_t head_end_node = -1;
  int32_t head_begin_node = -1;  // where the article head starts (around the headline)
};

// `flags` are the inherited NodeFlag bits (a node carries its ancestors' flags).
ArticleParts BuildArticle(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                          const std::vector<TextBlock>& blocks, const ContentChoice& choice,
                          bool english, MetaCandidates& meta);

// <time datetime=...> elements outside junk: itemprop/pubdate/class say what they are; others
// count only in the article head.
void CollectTimeElements(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                         const ArticleParts& parts, MetaCandidates& meta);

}  // namespace tri::ingest
