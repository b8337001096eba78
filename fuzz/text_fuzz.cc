// libFuzzer target for the text stage: AnalyzeText (blocks from blank lines, tokens,
// sentences, language) and Tokenize/SplitSentences with blocks derived from the input, plus
// FoldForMatch. Checks the invariants later stages rely on; any violation aborts.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "text/text.h"

namespace {

bool IsBoundary(std::string_view text, uint32_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckTokensAndSentences(std::string_view text, const std::vector<tri::Token>& tokens,
                             const std::vector<tri::Sentence>& sentences) {
  const bool valid = !tri::FindInvalidUtf8(text).has_value();
  uint32_t prev_end = 0;
  for (const tri::Token& t : tokens) {
    Check(t.span.begin < t.span.end && t.span.end <= text.size());  // non-empty, in range
    Check(t.span.begin >= prev_end);                                // ordered, disjoint
    if (valid) Check(IsBoundary(text, t.span.begin) && IsBoundary(text, t.span.end));
    prev_end = t.span.end;
  }
  uint32_t next = 0;
  for (const tri::Sentence& s : sentences) {
    Check(s.token_begin == next && s.token_begin < s.token_end && s.token_end <= tokens.size());
    Check(s.span.begin == tokens[s.token_begin].span.begin);
    Check(s.span.end == tokens[s.token_end - 1].span.end);
    Check(s.token_end - s.token_begin <= tri::kMaxSentenceTokens);
    next = s.token_end;
  }
  Check(next == tokens.size());  // every token in exactly one sentence
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  tri::Document doc;
  doc.text = std::string(input);
  tri::AnalyzeText(doc);
  CheckTokensAndSentences(doc.text, doc.tokens, doc.sentences);
  for (const tri::Block& b : doc.blocks) {  // sentences never cross blocks
    for (const tri::Sentence& s : doc.sentences)
      Check(!s.span.overlaps(b.span) || b.span.contains(s.span));
  }
  Check(doc.language == "de" || doc.language == "en" || doc.language == "und");

  // Arbitrary (overlapping, out-of-range) blocks from the first bytes must not break anything.
  std::vector<tri::Block> blocks;
  for (size_t i = 0; i + 1 < size && i < 8; i += 2) {
    const uint32_t a = data[i] * 7u, b = data[i + 1] * 7u;
    blocks.push_back({{a, b}, tri::BlockKind::kParagraph});
  }
  const auto tokens = tri::Tokenize(input);
  const auto sentences = tri::SplitSentences(input, tokens, blocks);
  CheckTokensAndSentences(input, tokens, sentences);

  const std::string folded = tri::FoldForMatch(input);
  Check(!tri::FindInvalidUtf8(folded).has_value());
  return 0;
}
