#include "annotate/quotes/doc_view.h"

#include <algorithm>

namespace tri::quotes {
namespace {

MarkType ClassifyMark(std::string_view t) {
  if (t == "\"") return MarkType::kStraightDouble;
  if (t == "'") return MarkType::kStraightSingle;
  if (t == "\xE2\x80\x9E") return MarkType::kLowDouble;
  if (t == "\xE2\x80\x9A") return MarkType::kLowSingle;
  if (t == "\xE2\x80\x9C") return MarkType::kLeftDouble;
  if (t == "\xE2\x80\x9D") return MarkType::kRightDouble;
  if (t == "\xE2\x80\x98") return MarkType::kLeftSingle;
  if (t == "\xE2\x80\x99") return MarkType::kRightSingle;
  if (t == "\xC2\xBB") return MarkType::kGuillemetRight;
  if (t == "\xC2\xAB") return MarkType::kGuillemetLeft;
  if (t == "\xE2\x80\xBA") return MarkType::kAngleRight;
  if (t == "\xE2\x80\xB9") return MarkType::kAngleLeft;
  return MarkType::kNone;
}

bool IsSpaceAt(std::string_view text, size_t pos_before_end, bool before) {
  if (before) {
    if (pos_before_end == 0) return true;
    const unsigned char c = static_cast<unsigned char>(text[pos_before_end - 1]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return true;
    return c == 0xA0 && pos_before_end >= 2 &&
           static_cast<unsigned char>(text[pos_before_end - 2]) == 0xC2;  // no-break space
  }
  if (pos_before_end >= text.size()) return true;
  const unsigned char c = static_cast<unsigned char>(text[pos_before_end]);
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return true;
  return c == 0xC2 && pos_before_end + 1 < text.size() &&
         static_cast<unsigned char>(text[pos_before_end + 1]) == 0xA0;
}

uint16_t Flags(std::string_view t) {
  if (t.empty()) return 0;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if (c >= 'A' && c <= 'Z') return kCap;
  if (c >= 'a' && c <= 'z') return kLowerWord;
  if (c >= '0' && c <= '9') return kNumber;
  if (c == 0xC3 && t.size() > 1) {
    const unsigned char d = static_cast<unsigned char>(t[1]);
    if (d >= 0x80 && d <= 0x9E && d != 0x97) return kCap;  // À..Þ (Ä Ö Ü É ...)
    if (d >= 0x9F && d != 0xB7) return kLowerWord;         // ß à..ÿ
  }
  if (t == ",") return kComma;
  if (t == ":") return kColon;
  if (t == ";") return kSemicolon;
  if (t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6" || t == "..." || t == "?!" ||
      t == "!?") {
    return kEnd;
  }
  if (t == "(" || t == "[") return kOpenParen;
  if (t == ")" || t == "]") return kCloseParen;
  if (t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94") return kDash;
  return 0;
}

}  // namespace

bool IsSingleMark(MarkType m) {
  return m == MarkType::kLowSingle || m == MarkType::kLeftSingle || m == MarkType::kRightSingle ||
         m == MarkType::kAngleLeft || m == MarkType::kAngleRight || m == MarkType::kStraightSingle;
}

DocView::DocView(const Document& d, const QuoteLexicon& lex, Lang l)
    : doc(d), lexicon(lex), lang(l) {
  const std::string_view text = doc.text;
  toks.resize(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    TokInfo& t = toks[i];
    const Span s = doc.tokens[i].span;
    t.text = doc.slice(s);
    t.lower = LowerWord(t.text);
    t.flags = Flags(t.text);
    t.mark = ClassifyMark(t.text);
    if (t.mark != MarkType::kNone) t.flags |= kQuoteMark;
    t.space_before = IsSpaceAt(text, s.begin, true);
    t.space_after = IsSpaceAt(text, s.end, false);
    if (t.flags & (kLowerWord | kCap)) t.cues = lexicon.Lookup(lang, t.lower);
  }

  block_of.assign(toks.size(), -1);
  for (size_t i = 0; i < toks.size(); ++i) {
    const Block* b = BlockAt(doc, doc.tokens[i].span.begin);
    if (b != nullptr) block_of[i] = int32_t(b - doc.blocks.data());
  }
  if (doc.blocks.empty()) std::fill(block_of.begin(), block_of.end(), 0);

  auto heading = [&](int32_t b) {
    if (b < 0 || size_t(b) >= doc.blocks.size()) return false;
    return doc.blocks[b].kind == BlockKind::kTitle || doc.blocks[b].kind == BlockKind::kHeading;
  };
  auto push_unit = [&](uint32_t b, uint32_t e) {
    // Cut where a stand-alone sentence mark is followed by a capitalised word or an opening
    // quote mark, unless it follows a number ("am 31. Oktober" under a crude tokenizer).
    uint32_t start = b;
    for (uint32_t i = b; i + 1 < e; ++i) {
      if (!(toks[i].flags & kEnd) || i == start) continue;
      const bool next_starts =
          (toks[i + 1].flags & kCap) || toks[i + 1].mark == MarkType::kLowDouble;
      if (!next_starts || (toks[i - 1].flags & kNumber) || toks[i - 1].text.size() == 1) continue;
      units.push_back({start, i + 1, block_of[start], heading(block_of[start])});
      start = i + 1;
    }
    if (start < e) units.push_back({start, e, block_of[start], heading(block_of[start])});
  };
  if (!doc.sentences.empty()) {
    for (const Sentence& s : doc.sentences) {
      if (s.token_end > s.token_begin && s.token_end <= toks.size()) {
        push_unit(s.token_begin, s.token_end);
      }
    }
  } else {
    uint32_t start = 0;
    for (uint32_t i = 1; i <= toks.size(); ++i) {
      if (i == toks.size() || block_of[i] != block_of[start]) {
        push_unit(start, i);
        start = i;
      }
    }
  }
  entity_end.assign(toks.size(), 0);
  for (const EntityMention& m : doc.entities) {
    if (m.nested) continue;
    auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.span.begin,
                               [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
    if (it == doc.tokens.end() || it->span.begin != m.span.begin) continue;
    uint32_t e = uint32_t(it - doc.tokens.begin());
    const uint32_t first = e;
    while (e < doc.tokens.size() && doc.tokens[e].span.end <= m.span.end) ++e;
    entity_end[first] = std::max(entity_end[first], e);
  }
  unit_of.assign(toks.size(), 0);
  for (uint32_t u = 0; u < units.size(); ++u) {
    for (uint32_t i = units[u].tb; i < units[u].te; ++i) unit_of[i] = u;
  }
}

Span DocView::SpanOf(uint32_t b, uint32_t e) const {
  if (e <= b || e > doc.tokens.size()) return {};
  return {doc.tokens[b].span.begin, doc.tokens[e - 1].span.end};
}

uint32_t DocView::ContentEnd(const Unit& u) const {
  uint32_t e = u.te;
  while (e > u.tb && (toks[e - 1].flags & kEnd)) --e;
  return e;
}

}  // namespace tri::quotes
