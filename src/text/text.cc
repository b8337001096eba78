// AnalyzeText: the text stage over one Document. Blocks come from ingest; when there are none,
// blank lines delimit them. Each segment (block or gap between blocks) is tokenized on its own,
// so no token crosses a block boundary, then split into sentences; the language is guessed
// from the body text.
#include "text/text.h"

#include <algorithm>
#include <cctype>

#include "text/chars.h"
#include "text/sentences_internal.h"

namespace tri {
namespace {

bool BlankLine(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Paragraph blocks separated by blank lines, leading/trailing whitespace trimmed.
std::vector<Block> BlankLineBlocks(std::string_view text) {
  std::vector<Block> blocks;
  size_t pos = 0, block_begin = std::string_view::npos, block_end = 0;
  auto flush = [&] {
    if (block_begin != std::string_view::npos) {
      blocks.push_back({{static_cast<uint32_t>(block_begin), static_cast<uint32_t>(block_end)},
                        BlockKind::kParagraph});
    }
    block_begin = std::string_view::npos;
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    if (BlankLine(line)) {
      flush();
    } else {
      size_t b = pos, e = nl;
      while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
      while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
      if (block_begin == std::string_view::npos) block_begin = b;
      block_end = e;
    }
    pos = nl + 1;
  }
  flush();
  return blocks;
}

}  // namespace

void AnalyzeText(Document& doc) {
  const std::string_view text = doc.text;
  if (doc.blocks.empty()) doc.blocks = BlankLineBlocks(text);
  doc.tokens.clear();
  doc.sentences.clear();
  doc.tokens.reserve(text.size() / 5 + 16);  // news text: ~5.6 bytes per token
  const std::vector<Span> segments = text::Segments(text.size(), doc.blocks);
  for (const Span seg : segments) {
    const auto first = static_cast<uint32_t>(doc.tokens.size());
    AppendTokens(Slice(text, seg), seg.begin, doc.tokens);
    text::SplitSegment(text, doc.tokens, first, static_cast<uint32_t>(doc.tokens.size()), seg,
                       doc.sentences);
  }
  LanguageGuess guess = IdentifyLanguage(text);
  if (guess.language == "und") {
    // Too little text, or a language the profile does not know: trust the page's own
    // declaration ("de-DE" -> "de", "fr" -> "fr"), with low confidence.
    std::string primary =
        doc.meta.declared_language.substr(0, doc.meta.declared_language.find_first_of("-_"));
    std::transform(primary.begin(), primary.end(), primary.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool alpha =
        std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (alpha && primary.size() >= 2 && primary.size() <= 3 && primary != "und") {
      guess.language = primary;
      guess.confidence = 0.3f;
    }
  }
  doc.language = guess.language;
  doc.language_confidence = guess.confidence;
}

}  // namespace tri
