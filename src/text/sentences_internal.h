// Internal pieces of the sentence splitter shared with AnalyzeText: the segments (blocks and
// the gaps between them) that sentences and tokens never cross.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"

namespace tri::text {

// Sorted, non-overlapping spans covering [0, text_size): every block (clipped to the text and
// to the block before it) and every gap between blocks that is not empty.
std::vector<Span> Segments(size_t text_size, const std::vector<Block>& blocks);

// Splits tokens [tb, te) of one segment into sentences, appended to `out`.
void SplitSegment(std::string_view text, const std::vector<Token>& tokens, uint32_t tb, uint32_t te,
                  Span segment, std::vector<Sentence>& out);

}  // namespace tri::text
