#include "annotate/time/pieces.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "core/ascii8.h"
#include "core/utf8.h"

namespace tri::timex {
namespace {

enum class CharClass : uint8_t { kDigit, kLetter, kSpace, kOther };

constexpr CharClass Classify(char32_t cp) {
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
      return CharClass::kSpace;
    }
    return CharClass::kOther;
  }
  if (u_isUWhiteSpace(cp)) return CharClass::kSpace;
  if (u_isalpha(cp) || u_getIntPropertyValue(cp, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK) {
    return CharClass::kLetter;
  }
  return CharClass::kOther;
}

// Classify for ASCII, as a table: it runs for every byte of every text.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> t{};
  for (unsigned c = 0; c < 128; ++c) t[c] = Classify(c);
  return t;
}();

}  // namespace

// Writes the lower-case form of `s` to dst (never more bytes than s has) and returns its size.
// ASCII lower-casing as a table (one load per byte of every word). dst may equal s.data():
// every byte is read before its position is written.
static constexpr std::array<unsigned char, 128> kAsciiLower = [] {
  std::array<unsigned char, 128> t{};
  for (unsigned c = 0; c < 128; ++c)
    t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

static size_t FoldLower(std::string_view s, char* dst) {
  size_t n = 0;
  auto put = [&](unsigned char c) { dst[n++] = static_cast<char>(c); };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      put(kAsciiLower[c]);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      // U+00C0..U+00DE upper-case Latin-1 letters (except U+00D7 x) fold by +0x20.
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d = static_cast<unsigned char>(d + 0x20);
      put(c);
      put(d);
      ++i;
    } else {
      put(c);
    }
  }
  return n;
}

void AppendLower(std::string_view s, std::string& out) {
  const size_t at = out.size();
  out.resize(at + s.size());
  out.resize(at + FoldLower(s, out.data() + at));
}

namespace {

// Extends a run of class `cls` (digits or letters) from i to the first code point of another
// class or `end`; runs of letters take in non-ASCII letters and combining marks.
size_t ExtendRun(std::string_view text, size_t i, size_t end, CharClass cls) {
  while (i < end) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (kAsciiClass[c] != cls) break;
      ++i;
      continue;
    }
    // U+00C0..U+00FF (German umlauts, sharp s) are letters except U+00D7 and U+00F7: no
    // decoding and no ICU calls for them.
    if (c == 0xC3 && i + 1 < end) {
      const unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0xBF && d != 0x97 && d != 0xB7) {
        if (cls != CharClass::kLetter) break;
        i += 2;
        continue;
      }
    }
    size_t k = i;
    if (Classify(NextCodePoint(text, k)) != cls) break;
    i = k > end ? end : k;
  }
  return i;
}

}  // namespace

Pieces BuildPieces(std::string_view text, const std::vector<Token>& tokens,
                   const Lexicon* lexicon) {
  Pieces out;
  BuildPieces(text, tokens, lexicon, out);
  return out;
}

// Each token is cut into runs of digits, runs of letters, single other code points and
// whitespace (which only sets space_before). ASCII letter runs, most of any text, are found and
// lower-cased eight bytes at a time, and looked up in the lexicon with a word-at-a-time hash.
void BuildPieces(std::string_view text, const std::vector<Token>& tokens, const Lexicon* lexicon,
                 Pieces& out) {
  out.items.clear();
  out.items.reserve(tokens.size() * 2 + 4);
  // Folding never changes a byte count, so the views are the text's own bytes folded in place
  // in a copy. Its 16 bytes of padding let runs and hashes read and write whole 8-byte words
  // past a piece's end; only ASCII letters are ever written there, and they fold the same in
  // whichever piece they belong to.
  const size_t n = text.size();
  out.storage.resize(n + 16);
  char* const s = out.storage.data();
  if (n > 0) std::memcpy(s, text.data(), n);
  const char* const t = text.data();
  // Short texts (a sentence, a title) mostly have no line break: one memchr spares the scan
  // of every gap.
  const bool any_newline = n > 0 && std::memchr(t, '\n', n) != nullptr;
  size_t prev_end = 0, gap_begin = 0;
  for (const Token& tok : tokens) {
    // Overlapping tokens would overlap pieces; a token never starts before the last ends.
    size_t i = std::max<size_t>(tok.span.begin, prev_end);
    const size_t e = std::min<size_t>(tok.span.end, n);
    if (e <= i) continue;
    bool space = i > prev_end || out.items.empty();
    prev_end = e;
    while (i < e) {
      const size_t b = i;
      const unsigned char c0 = static_cast<unsigned char>(t[i]);
      CharClass cls;
      bool upper = false;  // a word starting with an upper-case letter
      // ASCII runs come out of the word loop folded; runs with other bytes take FoldLower
      // (words and marks are folded and looked up up to 64 bytes).
      auto fold = [&](size_t from) {
        const size_t kept = b + (i - b < 64 ? i - b : 64);
        if (from < kept) FoldLower(std::string_view(s + from, kept - from), s + from);
      };
      if (c0 < 0x80) {
        cls = kAsciiClass[c0];
        if (cls == CharClass::kLetter) {
          upper = !(c0 & 0x20);  // ASCII letters: 0x20 set in lower case only
          for (;;) {
            const uint64_t x = ascii8::Load(s + i);
            const uint64_t letters = ascii8::Letters(x);
            ascii8::Store(s + i, x | (letters >> 2));  // sets 0x20: lower case
            const uint64_t stop = ~letters & ascii8::kHigh;
            i += stop ? ascii8::FirstMarked(stop) : 8;
            if (stop || i >= e) break;
          }
          if (i > e) i = e;
          if (i < e && static_cast<unsigned char>(t[i]) >= 0x80) {
            const size_t ascii_end = i;  // the word loop folded the bytes before it
            i = ExtendRun(text, i, e, cls);
            fold(ascii_end);
          }
        } else if (cls == CharClass::kDigit) {
          while (i < e && static_cast<unsigned>(t[i] - '0') < 10) ++i;
        } else {
          ++i;
          if (cls == CharClass::kSpace) {
            space = true;
            continue;
          }
        }
      } else {
        size_t k = i;
        const char32_t cp = NextCodePoint(text, k);
        i = k > e ? e : k;
        cls = Classify(cp);
        if (cls == CharClass::kSpace) {
          space = true;
          continue;
        }
        if (cls == CharClass::kLetter) {
          i = ExtendRun(text, i, e, cls);
          // U+00C0..U+00DE (two bytes) are the upper-case Latin-1 letters FoldLower folds.
          const unsigned char c1 = i > b + 1 ? static_cast<unsigned char>(t[b + 1]) : 0;
          upper = c0 == 0xC3 && c1 >= 0x80 && c1 <= 0x9E;
        }
        fold(b);
      }
      Piece& p = out.items.emplace_back();
      if (space && gap_begin < b && any_newline) {
        // Gaps are mostly one space: a plain loop beats a memchr call here.
        bool newline = t[gap_begin] == '\n';
        for (size_t k = gap_begin + 1; k < b && !newline; ++k) newline = t[k] == '\n';
        p.newline_before = newline;
      }
      gap_begin = i;
      p.begin = static_cast<uint32_t>(b);
      p.end = static_cast<uint32_t>(i);
      p.space_before = space;
      space = false;
      const size_t len = i - b;
      if (cls == CharClass::kDigit) {
        p.kind = PieceKind::kNum;
        p.digits = static_cast<uint32_t>(len);
        if (len <= 9) {
          int64_t v = 0;
          for (size_t k = b; k < i; ++k) v = v * 10 + (t[k] - '0');
          p.num = v;
        }
        p.lower = std::string_view(s + b, len < 12 ? len : 12);  // longer runs match nothing
        continue;
      }
      if (cls == CharClass::kLetter) {
        p.kind = PieceKind::kWord;
        p.upper = upper;
      } else {
        p.kind = PieceKind::kPunct;
      }
      p.lower = std::string_view(s + b, len < 64 ? len : 64);
      if (lexicon) {
        const LexItem* item = lexicon->FindPadded(p.lower);
        p.item = item;
        if (item) p.lex = &item->entries;
      }
    }
  }
  out.storage.resize(n);  // shrinking keeps the buffer (and the views)
}

// The same cut as BuildPieces over one token spanning the text.
std::vector<std::string> SplitLowerPieces(std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    const size_t b = i;
    const CharClass cls = Classify(NextCodePoint(text, i));
    if (cls == CharClass::kSpace) continue;
    if (cls == CharClass::kDigit || cls == CharClass::kLetter)
      i = ExtendRun(text, i, text.size(), cls);
    AppendLower(text.substr(b, i - b), out.emplace_back());
  }
  return out;
}

}  // namespace tri::timex
