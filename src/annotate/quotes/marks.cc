#include "annotate/quotes/marks.h"

#include <algorithm>

namespace tri::quotes {
namespace {

using M = MarkType;

constexpr uint32_t kMaxUnclosedSentences = 3;

// Whether `close` can end a quote opened with `open`.
bool Closes(M open, M close) {
  switch (open) {
    case M::kLowDouble:
      return close == M::kLeftDouble || close == M::kRightDouble || close == M::kStraightDouble;
    case M::kLeftDouble:
    case M::kRightDouble:  // some German texts open with ” and close with ”
      return close == M::kRightDouble || close == M::kStraightDouble;
    case M::kStraightDouble:
      return close == M::kStraightDouble || close == M::kRightDouble || close == M::kLeftDouble;
    case M::kGuillemetRight:
      return close == M::kGuillemetLeft;
    case M::kGuillemetLeft:
      return close == M::kGuillemetRight;
    case M::kLowSingle:
      return close == M::kLeftSingle || close == M::kRightSingle || close == M::kStraightSingle;
    case M::kLeftSingle:
      return close == M::kRightSingle || close == M::kStraightSingle;
    case M::kStraightSingle:
      return close == M::kStraightSingle || close == M::kRightSingle;
    case M::kAngleRight:
      return close == M::kAngleLeft;
    case M::kAngleLeft:
      return close == M::kAngleRight;
    default:
      return false;
  }
}

bool IsLetterOrDigit(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

struct Open {
  uint32_t tok;
  M type;
  int32_t first_block;
};

class Pairer {
 public:
  Pairer(const DocView& v, int max_paragraphs) : v_(v), max_paragraphs_(max_paragraphs) {}

  std::vector<QuoteRegion> Run() {
    const auto& toks = v_.toks;
    for (uint32_t i = 0; i < toks.size(); ++i) {
      if (i > 0 && v_.block_of[i] != v_.block_of[i - 1]) EndParagraph(i - 1, i);
      if (toks[i].mark == M::kNone || i == skip_) continue;
      Step(i);
    }
    if (!toks.empty()) EndParagraph(uint32_t(toks.size() - 1), uint32_t(toks.size()));
    std::sort(out_.begin(), out_.end(),
              [](const QuoteRegion& a, const QuoteRegion& b) { return a.open < b.open; });
    return out_;
  }

 private:
  bool LeftFlanking(uint32_t i) const {
    const TokInfo& t = v_.toks[i];
    if (t.space_after) return false;
    if (t.space_before) return true;
    const Span s = v_.doc.tokens[i].span;
    const unsigned char prev = static_cast<unsigned char>(v_.doc.text[s.begin - 1]);
    return prev == '(' || prev == '[' || prev == '-' || prev == '/';
  }
  bool RightFlanking(uint32_t i) const {
    const TokInfo& t = v_.toks[i];
    return !t.space_before && (t.space_after || !IsLetterOrDigit(NextByte(i)));
  }
  unsigned char PrevByte(uint32_t i) const {
    const Span s = v_.doc.tokens[i].span;
    return s.begin == 0 ? ' ' : static_cast<unsigned char>(v_.doc.text[s.begin - 1]);
  }
  unsigned char NextByte(uint32_t i) const {
    const Span s = v_.doc.tokens[i].span;
    return s.end >= v_.doc.text.size() ? ' ' : static_cast<unsigned char>(v_.doc.text[s.end]);
  }
  // Index in the stack of the innermost opener `m` can close; -1 if none. A single mark
  // never closes across an open double quote.
  int Compatible(M m) const {
    for (int k = int(stack_.size()) - 1; k >= 0; --k) {
      if (Closes(stack_[k].type, m)) return k;
      if (IsSingleMark(m) && !IsSingleMark(stack_[k].type)) return -1;
    }
    return -1;
  }
  bool TopCloses(M m) const { return !stack_.empty() && Closes(stack_.back().type, m); }

  void Push(uint32_t i, M type) { stack_.push_back({i, type, v_.block_of[i]}); }

  void Close(int k, uint32_t i) {
    const Open o = stack_[k];
    stack_.resize(k);  // inner openers left open were not quote marks after all
    // Nothing between the marks (wiki italics '' split into two marks): no quotation.
    if (i <= o.tok + 1) return;
    out_.push_back({o.tok, i, true, uint8_t(std::min(k, 255)), IsSingleMark(o.type)});
  }

  void Step(uint32_t i) {
    const M m = v_.toks[i].mark;
    const bool left = LeftFlanking(i), right = RightFlanking(i);
    const unsigned char prev = PrevByte(i), next = NextByte(i);
    switch (m) {
      case M::kLowDouble:
      case M::kLowSingle:
        Push(i, m);
        return;
      case M::kStraightDouble:
      case M::kStraightSingle: {
        if (m == M::kStraightSingle && IsLetterOrDigit(prev) && IsLetterOrDigit(next)) return;
        const int k = Compatible(m);
        // 24" Monitor, 5'11": a mark right after a digit is a unit, unless it closes a quote.
        if (std::isdigit(prev) && !v_.toks[i].space_before && (k < 0 || !right)) return;
        if (k >= 0 && (right || !left)) return Close(k, i);
        if (left) return Push(i, m);
        return;
      }
      case M::kRightSingle: {
        if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) return;  // apostrophe
        const int k = Compatible(m);
        if (k >= 0 && !left) Close(k, i);
        return;
      }
      case M::kLeftDouble:
      case M::kLeftSingle: {
        if (TopCloses(m)) return Close(int(stack_.size()) - 1, i);  // „…“ ‚…‘
        if (left) return Push(i, m);
        const int k = Compatible(m);
        if (k >= 0) Close(k, i);
        return;
      }
      case M::kRightDouble: {
        const int k = Compatible(m);
        if (k >= 0) return Close(k, i);
        if (left) Push(i, m);
        return;
      }
      case M::kGuillemetRight:
      case M::kGuillemetLeft:
      case M::kAngleRight:
      case M::kAngleLeft: {
        if (TopCloses(m) && !(left && !right && stack_.back().tok + 1 == i)) {
          return Close(int(stack_.size()) - 1, i);
        }
        if (left || !right) return Push(i, m);
        const int k = Compatible(m);
        if (k >= 0) Close(k, i);
        return;
      }
      default:
        return;
    }
  }

  // Whether the first quote mark of block `b` opens a quote at the block start (English
  // convention: every paragraph of a long quote opens again) or a closing mark for `open`
  // comes before any opening mark within the next blocks.
  bool RunsOn(const Open& o, uint32_t next_tok) {
    const auto& toks = v_.toks;
    const int32_t next_block = next_tok < toks.size() ? v_.block_of[next_tok] : -1;
    if (next_block < 0) return false;
    if (o.first_block >= 0 && next_block - o.first_block >= max_paragraphs_) return false;
    const Block* nb =
        size_t(next_block) < v_.doc.blocks.size() ? &v_.doc.blocks[next_block] : nullptr;
    if (nb && (nb->kind == BlockKind::kTitle || nb->kind == BlockKind::kHeading)) return false;
    const M first = toks[next_tok].mark;
    if (first != M::kNone && !IsSingleMark(first) && LeftFlanking(next_tok)) {
      skip_ = next_tok;  // the re-opening mark continues this quote
      return true;
    }
    for (uint32_t j = next_tok; j < toks.size(); ++j) {
      if (v_.block_of[j] < 0 || v_.block_of[j] - o.first_block >= max_paragraphs_) break;
      const M m = toks[j].mark;
      if (m == M::kNone || IsSingleMark(m)) continue;
      return Closes(o.type, m) && RightFlanking(j);
    }
    return false;
  }

  void EndParagraph(uint32_t last, uint32_t next_tok) {
    while (!stack_.empty() && IsSingleMark(stack_.back().type)) stack_.pop_back();
    if (stack_.empty()) return;
    // Only the outermost quote may run on; inner ones left open were stray marks.
    stack_.resize(1);
    const int32_t block = v_.block_of[last];
    const Block* b =
        block >= 0 && size_t(block) < v_.doc.blocks.size() ? &v_.doc.blocks[block] : nullptr;
    const bool heading = b && (b->kind == BlockKind::kTitle || b->kind == BlockKind::kHeading);
    if (!heading && RunsOn(stack_[0], next_tok)) return;
    // Without a closing mark the quote ends with its paragraph, and at most a few sentences
    // after it opened (a stray mark in a long paragraph must not swallow it).
    const uint32_t open_unit = v_.unit_of[stack_[0].tok];
    const uint32_t cap_unit =
        std::min<uint32_t>(open_unit + kMaxUnclosedSentences - 1, uint32_t(v_.units.size() - 1));
    const uint32_t close = std::min(last, v_.units[cap_unit].te - 1);
    if (close > stack_[0].tok) out_.push_back({stack_[0].tok, close, false, 0, false});
    stack_.clear();
  }

  const DocView& v_;
  const int max_paragraphs_;
  std::vector<Open> stack_;
  std::vector<QuoteRegion> out_;
  uint32_t skip_ = UINT32_MAX;
};

}  // namespace

std::vector<QuoteRegion> FindQuoteRegions(const DocView& view, int max_paragraphs) {
  return Pairer(view, std::max(1, max_paragraphs)).Run();
}

}  // namespace tri::quotes
