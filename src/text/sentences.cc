// Sentence splitter. A sentence ends after a terminal mark (. ! ? …) plus any closing quotes
// or brackets glued to it, when the next token can open a sentence (capital, digit, quote,
// bracket). Abbreviations that may close a sentence ("etc.", "Inc.", initials) end one only
// before a typical sentence opener ("Die", "The"); prefix abbreviations and ordinals never do.
// Inside a block a line break ends a sentence after a heading-like line (headline, byline,
// date line), but not inside a hard-wrapped paragraph. Segment ends always end a sentence.
#include <algorithm>
#include <cstring>
#include <span>

#include "text/chars.h"
#include "text/lexicon.h"
#include "text/sentences_internal.h"
#include "text/text.h"

namespace tri::text {
namespace {

enum class Stop { kNone, kStrong, kWeak };

char32_t FirstCodePoint(std::string_view t) {
  size_t i = 0;
  return t.empty() ? 0 : DecodeAt(t, i);
}

Stop StopOf(std::string_view t, TokenKind kind, const Lexicon& lex) {
  if (kind == TokenKind::kPunct) {
    return Classify(FirstCodePoint(t)) == CharClass::kTerminal ? Stop::kStrong : Stop::kNone;
  }
  if (kind != TokenKind::kWord || t.size() < 2 || t.back() != '.') return Stop::kNone;
  switch (lex.Abbreviation(t)) {
    case AbbrevClass::kPrefix:
    case AbbrevClass::kNumber:
      return Stop::kNone;
    case AbbrevClass::kFinal:
      return Stop::kWeak;
    case AbbrevClass::kNone:
      break;
  }
  // Initials and unlisted dotted abbreviations may close a sentence; a Roman numeral kept its
  // period only before a lower-case word.
  size_t i = 0;
  DecodeAt(t, i);
  const bool single = i + 1 == t.size();
  const bool dotted = t.substr(0, t.size() - 1).find('.') != std::string_view::npos;
  return single || dotted ? Stop::kWeak : Stop::kNone;
}

// The first letter of a spaced abbreviation ("z." of "z. B.") is followed by its second one,
// which then cannot end a sentence either.
bool SecondOfPair(std::string_view prev, std::string_view t) {
  static constexpr std::string_view kPairs[][2] = {
      {"z.", "B."}, {"d.", "h."}, {"o.", "g."}, {"u.", "U."}, {"m.", "E."},
      {"i.", "d."}, {"d.", "R."}, {"v.", "a."}, {"Z.", "B."}, {"D.", "h."}};
  for (const auto& p : kPairs) {
    if (p[0] == prev && p[1] == t) return true;
  }
  return false;
}

bool CanOpenSentence(std::string_view t, TokenKind kind) {
  switch (kind) {
    case TokenKind::kNumber:
    case TokenKind::kQuote:
    case TokenKind::kDash:
    case TokenKind::kUrl:
    case TokenKind::kHashtag:
    case TokenKind::kMention:
    case TokenKind::kSymbol:
      return true;
    case TokenKind::kEmail:
    case TokenKind::kOther:
      return false;
    case TokenKind::kPunct:
      return Classify(FirstCodePoint(t)) == CharClass::kOpen || t == "•" || t == "·";
    case TokenKind::kWord: {
      const char32_t c = FirstCodePoint(t);
      return IsUpper(c) || IsUncasedLetter(c) || Classify(c) == CharClass::kDigit ||
             Classify(c) == CharClass::kIdeograph;
    }
  }
  return false;
}

// A hard-wrapped paragraph: several lines of similar, substantial length.
bool HardWrapped(std::string_view seg) {
  std::vector<size_t> lengths;
  size_t pos = 0;
  while (pos <= seg.size() && lengths.size() < 4096) {
    size_t nl = seg.find('\n', pos);
    if (nl == std::string_view::npos) nl = seg.size();
    lengths.push_back(nl - pos);
    pos = nl + 1;
  }
  if (lengths.size() < 2) return false;
  if (lengths.size() == 2) return lengths[0] >= 70;
  const size_t longest = *std::max_element(lengths.begin(), lengths.end() - 1);
  if (longest < 40) return false;
  size_t full = 0;
  for (size_t i = 0; i + 1 < lengths.size(); ++i) full += lengths[i] * 10 >= longest * 6;
  return full * 3 >= (lengths.size() - 1) * 2;
}

// Whether the line that ends with token `last` reads as a heading, byline or date line.
bool EndsHeadingLine(std::string_view t, TokenKind kind, uint32_t sentence_tokens,
                     const Lexicon& lex) {
  if (sentence_tokens > 24) return false;
  switch (kind) {
    case TokenKind::kDash:
    case TokenKind::kQuote:  // a quote opened at the end of a line goes on in the next
      return false;
    case TokenKind::kPunct: {
      const CharClass c = Classify(FirstCodePoint(t));
      return c == CharClass::kClose || c == CharClass::kTerminal;
    }
    case TokenKind::kSymbol:
      return t != "&" && t != "+";
    case TokenKind::kWord:
      return t.back() != '-' && !lex.IsContinuation(t);
    default:
      return true;
  }
}

}  // namespace

std::vector<Span> Segments(size_t text_size, const std::vector<Block>& blocks) {
  std::vector<Span> sorted;
  sorted.reserve(blocks.size());
  for (const Block& b : blocks) {
    const uint32_t end = static_cast<uint32_t>(std::min<size_t>(b.span.end, text_size));
    if (b.span.begin < end) sorted.push_back({b.span.begin, end});
  }
  std::sort(sorted.begin(), sorted.end());
  std::vector<Span> out;
  uint32_t cursor = 0;
  for (Span s : sorted) {
    if (s.end <= cursor) continue;
    s.begin = std::max(s.begin, cursor);
    if (cursor < s.begin) out.push_back({cursor, s.begin});
    out.push_back(s);
    cursor = s.end;
  }
  if (cursor < text_size) out.push_back({cursor, static_cast<uint32_t>(text_size)});
  return out;
}

void SplitSegment(std::string_view text, const std::vector<Token>& tokens, uint32_t tb, uint32_t te,
                  Span segment, std::vector<Sentence>& out) {
  if (tb >= te) return;
  const Lexicon& lex = Lexicon::Get();
  const std::string_view seg = Slice(text, segment);
  // memchr itself: string_view::find added its own checks around it, per call.
  const bool multiline = !seg.empty() && std::memchr(seg.data(), '\n', seg.size()) != nullptr;
  const bool wrapped = multiline && HardWrapped(seg);
  auto tok = [&](uint32_t k) { return Slice(text, tokens[k].span); };
  auto close = [&](uint32_t from, uint32_t to) {
    out.push_back({{tokens[from].span.begin, tokens[to - 1].span.end}, from, to});
  };
  // Only punctuation and words ending in '.' can end a sentence: the other tokens (most of
  // them) skip StopOf. A span beyond the text takes the exact path (Slice clips it; end - 1
  // wraps around for end 0); an empty span is no stop either way.
  const size_t size = text.size();
  auto may_stop = [&](const Token& token) {
    return token.kind == TokenKind::kPunct ||
           (token.kind == TokenKind::kWord &&
            (token.span.end - 1u >= size || text[token.span.end - 1] == '.'));
  };
  uint32_t start = tb;
  for (uint32_t k = tb; k < te; ++k) {
    // Without line breaks only the length cap ends a sentence at such tokens: after token
    // start + kMaxSentenceTokens - 1, when another token follows.
    while (!multiline) {
      const uint32_t cap = start + kMaxSentenceTokens - 1;
      const uint32_t limit = std::min(te, cap);
      while (k < limit && !may_stop(tokens[k])) ++k;
      if (k != cap || k + 1 >= te || may_stop(tokens[k])) break;
      close(start, k + 1);
      start = ++k;
    }
    if (k >= te) break;
    const Token& token = tokens[k];
    Stop stop = Stop::kNone;
    if (may_stop(token)) {
      const std::string_view t = tok(k);
      stop = StopOf(t, token.kind, lex);
      if (stop == Stop::kWeak && k > tb && SecondOfPair(tok(k - 1), t)) stop = Stop::kNone;
    }
    uint32_t j = k + 1;
    if (stop != Stop::kNone) {
      // Closing quotes and brackets glued to the mark belong to the ending sentence.
      while (j < te && tokens[j].span.begin == tokens[j - 1].span.end &&
             (tokens[j].kind == TokenKind::kQuote ||
              Classify(FirstCodePoint(tok(j))) == CharClass::kClose)) {
        ++j;
      }
      if (j >= te) break;
      const bool opens =
          stop == Stop::kStrong ? CanOpenSentence(tok(j), tokens[j].kind) : lex.IsStarter(tok(j));
      if (opens) {
        close(start, j);
        start = j;
        k = j - 1;
        continue;
      }
      j = k + 1;
    }
    if (j >= te) break;
    if (multiline) {
      const std::string_view gap = Slice(text, {tokens[k].span.end, tokens[j].span.begin});
      const size_t breaks = std::count(gap.begin(), gap.end(), '\n');
      if (breaks >= 2 || (breaks == 1 && !wrapped && CanOpenSentence(tok(j), tokens[j].kind) &&
                          EndsHeadingLine(tok(k), tokens[k].kind, k + 1 - start, lex))) {
        close(start, j);
        start = j;
        continue;
      }
    }
    if (j - start >= kMaxSentenceTokens) {
      close(start, j);
      start = j;
    }
  }
  if (start < te) close(start, te);
}

}  // namespace tri::text

namespace tri {
namespace {

// The sentences of each segment in turn; tokens beyond the last segment form their own group.
void AppendSentences(std::string_view text, const std::vector<Token>& tokens,
                     std::span<const Span> segments, std::vector<Sentence>& out) {
  uint32_t t = 0;
  const auto n = static_cast<uint32_t>(tokens.size());
  for (const Span seg : segments) {
    while (t < n && tokens[t].span.begin < seg.begin) {
      // Tokens before the first segment cannot exist (segments cover the text); tokens with
      // offsets beyond the text are grouped with the last segment below.
      ++t;
    }
    const uint32_t first = t;
    while (t < n && tokens[t].span.begin < seg.end) ++t;
    text::SplitSegment(text, tokens, first, t, seg, out);
  }
  if (t < n) {
    text::SplitSegment(text, tokens, t, n, {tokens[t].span.begin, tokens[n - 1].span.end}, out);
  }
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks) {
  std::vector<Sentence> out;
  AppendSentences(text, tokens, text::Segments(text.size(), blocks), out);
  return out;
}

void AppendParagraphSentences(std::string_view text, const std::vector<Token>& tokens,
                              std::vector<Sentence>& out) {
  // One segment over the whole text (none for an empty text), on the stack: no allocation.
  const Span whole{0, static_cast<uint32_t>(text.size())};
  // Tokens from Tokenize are in order, so when the last one starts inside the text all of
  // them belong to the one segment: AppendSentences would find just that, token by token.
  if (!tokens.empty() && tokens.back().span.begin < whole.end) {
    text::SplitSegment(text, tokens, 0, static_cast<uint32_t>(tokens.size()), whole, out);
    return;
  }
  AppendSentences(text, tokens, std::span<const Span>(&whole, text.empty() ? 0 : 1), out);
}

}  // namespace tri
