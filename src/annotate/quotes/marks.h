// Quote-mark pairing: finds the stretches of text enclosed by quotation marks, for German and
// English conventions („…“ »…« «…» "…" “…” ‚…‘ ‘…’ ‹…› ›…‹), nested quotes, quotes across
// sentences and paragraphs. Promises bounded output on any input: apostrophes and inch/feet
// marks (5'11", 24" Monitor) are not quote marks, an unclosed quote ends at the end of its
// paragraph (and at most three sentences after it opened) unless a matching closing mark follows
// within `max_paragraphs` paragraphs (or each following paragraph opens again, the English
// convention), and headings never run on.
#pragma once

#include <cstdint>
#include <vector>

#include "annotate/quotes/doc_view.h"

namespace tri::quotes {

struct QuoteRegion {
  uint32_t open = 0;    // token index of the opening mark
  uint32_t close = 0;   // token index of the closing mark, or the last token of a cut region
  bool closed = false;  // false: no closing mark; cut at a paragraph end
  uint8_t depth = 0;    // 0 for an outermost quote
  bool single = false;  // single marks (‚…‘, '…')
};

// Regions sorted by opening token; each outermost region lies in or across whole blocks.
std::vector<QuoteRegion> FindQuoteRegions(const DocView& view, int max_paragraphs);

}  // namespace tri::quotes
