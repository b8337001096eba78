// Tokenizer: one linear pass over code points. Whitespace-free chunks are found first; chunks
// that may hold a URL or e-mail address are searched for those, everything else goes through
// the word scanner, which glues compounds ("US-Präsident"), numbers ("1.500", "14:11",
// "2017-2021"), dotted abbreviations ("z.B.", "U.S.") and decides whether a period belongs to
// the token before it (abbreviations, initials, ordinals) or stands alone (a sentence end).
// Every look-ahead is bounded or cached, so the whole pass is O(n).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/chars.h"
#include "text/lexicon.h"
#include "text/text.h"
#include "text/tokenizer_internal.h"

namespace tri::text {
namespace {

// One table lookup per byte of a chunk: the characters that make a chunk worth searching for
// e-mails, URLs and domains, ASCII whitespace and controls (which end it) and non-ASCII lead
// bytes (decoded and classified).
constexpr unsigned kAt = 1, kColon = 2, kDot = 4, kNonAscii = 0x40, kEnd = 0x80;
constexpr std::array<uint8_t, 256> kChunkBytes = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned c = 0; c <= 0x20; ++c) t[c] = kEnd;
  t[0x7F] = kEnd;
  for (unsigned c = 0x80; c < 256; ++c) t[c] = kNonAscii;
  t['@'] = kAt;
  t[':'] = kColon;
  t['.'] = kDot;
  return t;
}();

}  // namespace

void Tokenizer::Run() {
  size_t i = 0;
  const size_t n = s_.size();
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(s_[i]);
    if (b <= 0x20 || b == 0x7F) {
      ++i;
      continue;
    }
    size_t j = i;
    if (b >= 0x80 && Classify(DecodeAt(s_, j)) == CharClass::kSpace) {
      i = j;
      continue;
    }
    // The chunk ends at whitespace; note whether it may hold a URL or an e-mail address.
    size_t e = i;
    unsigned marks = 0;  // kAt | kColon | kDot
    // A local copy of the data pointer: through s_ it was reloaded for every byte.
    const char* const data = s_.data();
    while (e < n) {
      const unsigned v = kChunkBytes[static_cast<unsigned char>(data[e])];
      if (v < kNonAscii) {
        marks |= v;
        ++e;
      } else if (v == kEnd) {
        break;
      } else {
        size_t k = e;
        if (Classify(DecodeAt(s_, k)) == CharClass::kSpace) break;
        e = k;
      }
    }
    // An e-mail needs '@', a URL with a scheme ':', and "www." or a bare domain a '.': the
    // searches for the others are skipped (they would find nothing).
    chunk_at_ = marks & kAt;
    chunk_colon_ = marks & kColon;
    chunk_dot_ = marks & kDot;
    chunk_tld_ = false;
    // From dot to dot: most such chunks have one dot, at their end ("unterzeichnet.").
    for (size_t k = i; chunk_dot_ && k + 1 < e && !chunk_tld_;) {
      const void* dot = std::memchr(s_.data() + k, '.', e - 1 - k);
      if (!dot) break;
      k = static_cast<size_t>(static_cast<const char*>(dot) - s_.data()) + 1;
      chunk_tld_ = IsAsciiAlpha(s_[k]);
    }
    if (marks != 0) {
      Special(i, e);
    } else {
      Plain(i, e);
    }
    i = e;
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
