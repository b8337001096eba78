// Pieces: the time stage's view of Document::tokens. Each token is cut into runs of digits,
// runs of letters and single punctuation marks ("31." -> "31" "."; "14:11" -> "14" ":" "11";
// "Montagabend" stays one word), so the rules see the same units whatever the tokenizer glues
// together, and each piece records whether whitespace precedes it. Words carry a lower-cased
// form and their lexicon entries, looked up once per piece.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/time/lexicon.h"
#include "core/document.h"

namespace tri::timex {

enum class PieceKind : uint8_t { kNum, kWord, kPunct };

// 64 bytes (a power of two): the rules index pieces and test bounds all the time, and a
// power-of-two size makes both a shift instead of a multiplication and a division.
struct alignas(64) Piece {
  uint32_t begin = 0, end = 0;  // byte offsets into the document text
  PieceKind kind = PieceKind::kPunct;
  bool space_before = true;     // whitespace, a token gap or the text start precedes it
  bool upper = false;           // a word starting with an upper-case letter
  bool newline_before = false;  // a line break precedes it (headings, captions end there)
  uint32_t digits = 0;          // number of digits (kNum)
  int64_t num = -1;             // value of a number with at most 9 digits, else -1
  std::string_view lower;       // lower-cased text (words, punctuation); digits as written
  const std::vector<LexEntry>* lex = nullptr;  // lexicon entries starting with `lower`
  const LexItem* item = nullptr;  // the same with their summary (lex == &item->entries)
};

static_assert(sizeof(Piece) == 64);

// All pieces of a document, plus the storage their lower-cased views point into.
struct Pieces {
  std::vector<Piece> items;
  std::string storage;  // the text with its pieces folded in place (sized up front)
  size_t size() const { return items.size(); }
  const Piece& operator[](size_t i) const { return items[i]; }
};

// Pieces of `text` over the given tokens (tokens index `text`). Lexicon may be null (forms of
// the lexicon itself are split this way).
Pieces BuildPieces(std::string_view text, const std::vector<Token>& tokens, const Lexicon* lexicon);
// The same into `out`, reusing its buffers (callers tagging many short texts keep one Pieces
// and skip two allocations per text).
void BuildPieces(std::string_view text, const std::vector<Token>& tokens, const Lexicon* lexicon,
                 Pieces& out);

// Lower-cased pieces of a short string (used to split multi-word lexicon forms).
std::vector<std::string> SplitLowerPieces(std::string_view text);

// Appends the lower-case form of UTF-8 `s` (ASCII and Latin-1 letters folded) to `out`.
void AppendLower(std::string_view s, std::string& out);

}  // namespace tri::timex
