// Tokenizer: one linear pass over code points. Whitespace-free chunks are found first; a chunk
// of letters and digits, perhaps with a final period (most chunks), is emitted from that scan;
// chunks that may hold a URL or e-mail address are searched for those, everything else goes
// through the word scanner, which glues compounds ("US-Präsident"), numbers ("1.500", "14:11",
// "2017-2021"), dotted abbreviations ("z.B.", "U.S.") and decides whether a period belongs to
// the token before it (abbreviations, initials, ordinals) or stands alone (a sentence end).
// Every look-ahead is bounded or cached, so the whole pass is O(n).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "core/ascii8.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/text.h"
#include "text/tokenizer_internal.h"

namespace tri::text {
namespace {

// One table lookup per byte of a chunk: the characters that make a chunk worth searching for
// e-mails, URLs and domains, ASCII whitespace and controls (which end it), non-ASCII lead
// bytes (decoded and classified), and what else the chunk is made of: most chunks are one
// ASCII word or number, which need no second scan. Values from kSlow up leave the OR loop:
// a '.' (where it is decides about domains and final periods), non-ASCII, the end.
constexpr unsigned kLetterByte = 1, kDigitByte = 2, kOtherByte = 4, kAt = 8, kColon = 16,
                   kSlow = 0x20, kDot = 0x20, kNonAscii = 0x40, kEnd = 0x80;
constexpr std::array<uint8_t, 256> kChunkBytes = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned c = 0x21; c < 0x7F; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    t[c] = letter ? kLetterByte : (c >= '0' && c <= '9') ? kDigitByte : kOtherByte;
  }
  for (unsigned c = 0; c <= 0x20; ++c) t[c] = kEnd;
  t[0x7F] = kEnd;
  for (unsigned c = 0x80; c < 256; ++c) t[c] = kNonAscii;
  t['@'] = kAt;
  t[':'] = kColon;
  t['.'] = kDot;
  return t;
}();

// The end of the run of ASCII letters or digits (`member`: ascii8::Letters or Digits) from i
// on, eight bytes at a time while eight are left (the byte loop takes the rest): most chunks
// start with such a run, which costs the byte loop a table lookup and two branches per byte.
template <uint64_t (*member)(uint64_t)>
size_t RunEnd(const char* data, size_t i, size_t n) {
  while (i + 8 <= n) {
    const uint64_t out = ~member(ascii8::Load(data + i)) & ascii8::kHigh;
    if (out != 0) return i + ascii8::FirstMarked(out);
    i += 8;
  }
  return i;
}

}  // namespace

void Tokenizer::Run() {
  // A local copy of the data pointer: through s_ it was reloaded for every byte.
  const char* const data = s_.data();
  const size_t n = s_.size();
  size_t i = 0;
  while (i < n) {
    const unsigned first = kChunkBytes[static_cast<unsigned char>(data[i])];
    if (first == kEnd) {  // ASCII whitespace or control
      ++i;
      continue;
    }
    if (first == kNonAscii) {
      size_t j = i;
      if (Classify(DecodeAt(s_, j)) == CharClass::kSpace) {
        i = j;
        continue;
      }
    }
    // The chunk ends at whitespace; note whether it may hold a URL or an e-mail address.
    size_t e = i;
    unsigned marks = 0;           // the k...Byte bits of the chunk's bytes
    size_t first_dot = SIZE_MAX;  // where the chunk's first '.' is
    bool tld = false;             // a '.' before an ASCII letter (see chunk_tld_)
    size_t wide = 0;  // bytes of non-ASCII letters beyond their first: bytes - wide = letters
    size_t skip = 0;  // 1 when the chunk ends at ASCII whitespace: no need to look at it again
    if (first == kLetterByte) {
      e = RunEnd<ascii8::Letters>(data, e, n);
      marks = first;  // the byte loop would have set it (when e is still i) anyway
    } else if (first == kDigitByte) {
      e = RunEnd<ascii8::Digits>(data, e, n);
      marks = first;
    }
    while (e < n) {
      const unsigned v = kChunkBytes[static_cast<unsigned char>(data[e])];
      if (v < kSlow) {
        marks |= v;
        ++e;
      } else if (v == kEnd) {
        skip = 1;
        break;
      } else if (v == kDot) {
        marks |= kDot;
        first_dot = std::min(first_dot, e);
        ++e;
        tld |= e < n && IsAsciiAlpha(data[e]);
      } else {
        size_t k = e;
        const CharClass c = Classify(DecodeAt(s_, k));
        if (c == CharClass::kSpace) break;
        if (c == CharClass::kLetter) {  // "für", "März": Word takes them like ASCII letters
          marks |= kLetterByte;
          wide += k - e - 1;
        } else {
          marks |= kNonAscii;
        }
        e = k;
      }
    }
    // Letters and digits, perhaps with a final period ("unterzeichnet.", "2025."): the token
    // Word would make of them, without a second scan, and the period. No address either: that
    // needs an inner dot.
    const unsigned alnum = marks & (kLetterByte | kDigitByte);
    if (alnum != 0 && (marks & ~(kLetterByte | kDigitByte | kDot)) == 0 &&
        (first_dot == SIZE_MAX || first_dot == e - 1)) {
      size_t end = first_dot == SIZE_MAX ? e : e - 1;
      const bool letters = alnum & kLetterByte;
      if (end < e && TakesPeriod(i, end, e, letters, /*dotted=*/false, end - i - wide)) ++end;
      Emit(i, end, letters ? TokenKind::kWord : TokenKind::kNumber);
      if (end < e) Emit(end, e, TokenKind::kPunct);
      i = e + skip;
      continue;
    }
    // An e-mail needs '@', a URL with a scheme ':', and "www." or a bare domain a '.': the
    // searches for the others are skipped (they would find nothing).
    chunk_at_ = marks & kAt;
    chunk_colon_ = marks & kColon;
    chunk_dot_ = marks & kDot;
    chunk_tld_ = tld;
    if (marks & (kAt | kColon | kDot)) {
      Special(i, e);
    } else {
      Plain(i, e);
    }
    i = e + skip;
  }
}

void Tokenizer::Plain(size_t b, size_t e) {
  size_t p = b;
  while (p < e) {
    size_t q = p;
    const char32_t cp = DecodeAt(s_, q);
    switch (Classify(cp)) {
      case CharClass::kLetter:
      case CharClass::kDigit:
        p = Word(p, e);
        continue;
      case CharClass::kIdeograph:
        q = Attached(q, e);
        Emit(p, q, TokenKind::kWord);
        break;
      case CharClass::kMark:
      case CharClass::kJoiner:
        if (out_.size() > first_ && out_.back().span.end == base_ + p) {
          out_.back().span.end = static_cast<uint32_t>(base_ + q);
        } else {
          Emit(p, q, TokenKind::kOther);
        }
        break;
      case CharClass::kTerminal:
        while (q < e) {
          size_t k = q;
          if (Classify(DecodeAt(s_, k)) != CharClass::kTerminal) break;
          q = k;
        }
        Emit(p, q, TokenKind::kPunct);
        break;
      case CharClass::kQuote:
        if (IsApostrophe(cp) && q < e && (s_[q] == 's' || s_[q] == 'S') &&
            (q + 1 == e || !IsWordStart(q + 1)) && out_.size() > first_ &&
            out_.back().span.end == base_ + p && out_.back().kind == TokenKind::kWord) {
          ++q;  // possessive "'s", split from its word ("Trump's" -> "Trump" "'s")
          Emit(p, q, TokenKind::kWord);
        } else {
          Emit(p, q, TokenKind::kQuote);
        }
        break;
      case CharClass::kDash:
        while (q < e) {
          size_t k = q;
          if (DecodeAt(s_, k) != cp) break;
          q = k;
        }
        Emit(p, q, TokenKind::kDash);
        break;
      case CharClass::kSymbol:
        p = SymbolOrTag(p, q, cp, e);
        continue;
      case CharClass::kOpen:
      case CharClass::kClose:
      case CharClass::kPunct:
        Emit(p, q, TokenKind::kPunct);
        break;
      case CharClass::kSpace:
        break;
      case CharClass::kOther:
        Emit(p, q, TokenKind::kOther);
        break;
    }
    p = q;
  }
}

// Marks and joiners from q on (emoji modifiers, combining accents).
size_t Tokenizer::Attached(size_t q, size_t e) const {
  while (q < e) {
    size_t k = q;
    const CharClass c = Classify(DecodeAt(s_, k));
    if (c != CharClass::kMark && c != CharClass::kJoiner) break;
    q = k;
  }
  return q;
}

bool Tokenizer::IsWordStart(size_t q) const {
  size_t k = q;
  const CharClass c = Classify(DecodeAt(s_, k));
  return c == CharClass::kLetter || c == CharClass::kDigit;
}

size_t Tokenizer::SymbolOrTag(size_t p, size_t q, char32_t cp, size_t e) {
  if ((cp == '#' || cp == '@') && q < e) {
    size_t end = q;
    while (end < e) {
      size_t k = end;
      const char32_t c = DecodeAt(s_, k);
      const CharClass cls = Classify(c);
      const bool ok = cp == '#' ? (cls == CharClass::kLetter || cls == CharClass::kDigit ||
                                   cls == CharClass::kMark || c == '_')
                                : (c < 0x80 && (IsAsciiAlnum(static_cast<char>(c)) || c == '_'));
      if (!ok) break;
      end = k;
    }
    if (end > q) {
      Emit(p, end, cp == '#' ? TokenKind::kHashtag : TokenKind::kMention);
      return end;
    }
  }
  // A symbol with its modifiers; a zero-width joiner pulls the next symbol in ("👩‍🔬"), and
  // two regional indicators make one flag.
  size_t end = Attached(q, e);
  while (end < e && end - q >= 3 && s_.substr(end - 3, 3) == "\xE2\x80\x8D") {
    size_t k = end;
    if (Classify(DecodeAt(s_, k)) != CharClass::kSymbol) break;
    end = Attached(k, e);
  }
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF && end == q && end < e) {
    size_t k = end;
    const char32_t next = DecodeAt(s_, k);
    if (next >= 0x1F1E6 && next <= 0x1F1FF) end = k;
  }
  Emit(p, end, TokenKind::kSymbol);
  return end;
}

}  // namespace tri::text

namespace tri {

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 16);
  text::Tokenizer(text, base, out).Run();
  return out;
}

void AppendTokens(std::string_view text, uint32_t base, std::vector<Token>& out) {
  text::Tokenizer(text, base, out).Run();
}

}  // namespace tri
