// DocView: the quotes stage's read-only view of one Document: per token its lower-cased form,
// punctuation flags, quote-mark type, spacing and cue readings, plus the sentence units and the
// block (paragraph) of every token. Built once per document from doc.tokens/doc.sentences/
// doc.blocks; every later step of the stage works on token indices into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quotes/lexicon.h"
#include "core/document.h"

namespace tri::quotes {

enum TokFlag : uint16_t {
  kCap = 1 << 0,        // starts with an upper-case letter
  kLowerWord = 1 << 1,  // starts with a lower-case letter
  kComma = 1 << 2,
  kColon = 1 << 3,
  kEnd = 1 << 4,  // . ! ? …
  kQuoteMark = 1 << 5,
  kOpenParen = 1 << 6,   // ( [
  kCloseParen = 1 << 7,  // ) ]
  kDash = 1 << 8,        // - – — standing alone
  kSemicolon = 1 << 9,
  kNumber = 1 << 10,  // starts with a digit
};

enum class MarkType : uint8_t {
  kNone,
  kLowDouble,       // „
  kLowSingle,       // ‚
  kLeftDouble,      // “
  kRightDouble,     // ”
  kLeftSingle,      // ‘
  kRightSingle,     // ’
  kGuillemetRight,  // »
  kGuillemetLeft,   // «
  kAngleRight,      // ›
  kAngleLeft,       // ‹
  kStraightDouble,  // "
  kStraightSingle,  // '
};

bool IsSingleMark(MarkType m);

struct TokInfo {
  std::string_view text;
  std::string lower;
  uint16_t flags = 0;
  MarkType mark = MarkType::kNone;
  bool space_before = true;  // whitespace (or text start) right before the token
  bool space_after = true;   // whitespace (or text end) right after the token
  const std::vector<CueForm>* cues = nullptr;
};

// A sentence as the stage uses it: doc.sentences, cut further where a stand-alone sentence
// mark is followed by a capitalised word (so a missing splitter does not merge sentences).
struct Unit {
  uint32_t tb = 0, te = 0;  // token range [tb, te)
  int32_t block = -1;
  bool heading = false;  // a title or heading block
};

class DocView {
 public:
  DocView(const Document& doc, const QuoteLexicon& lexicon, Lang lang);

  const Document& doc;
  const QuoteLexicon& lexicon;
  const Lang lang;
  std::vector<TokInfo> toks;
  std::vector<Unit> units;
  std::vector<uint32_t> unit_of;  // token -> unit index
  std::vector<int32_t> block_of;  // token -> block index (-1 outside every block)
  std::vector<uint32_t>
      entity_end;  // token -> end token of the entity mention starting there, or 0

  bool Has(uint32_t i, uint16_t flag) const { return i < toks.size() && (toks[i].flags & flag); }
  bool Is(uint32_t i, std::string_view lower) const {
    return i < toks.size() && toks[i].lower == lower;
  }
  // Span of the tokens [b, e) in doc.text (empty span for an empty range).
  Span SpanOf(uint32_t b, uint32_t e) const;
  std::string_view Text(uint32_t b, uint32_t e) const { return doc.slice(SpanOf(b, e)); }
  // Unit end without its final sentence punctuation (and a closing bracket before it).
  uint32_t ContentEnd(const Unit& u) const;
};

}  // namespace tri::quotes
