#include "annotate/time/pieces.h"

#include <unicode/uchar.h>

#include <array>

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

// Splits [begin, end) of `text` into pieces, calling emit(begin, end, kind, space_before).
// One call site for emit, so the compiler inlines it (BuildPieces' emit is most of its cost,
// and as an out-of-line call it paid a prologue and argument moves per piece).
template <typename Emit>
void SplitRange(std::string_view text, size_t begin, size_t end, bool space_first, Emit&& emit) {
  size_t i = begin;
  bool space = space_first;
  auto ascii_class = [](unsigned char c) { return kAsciiClass[c]; };
  while (i < end) {
    size_t start = i;
    const unsigned char c0 = static_cast<unsigned char>(text[i]);
    CharClass cls;
    if (c0 < 0x80) {
      // ASCII: classify and extend runs without decoding.
      cls = ascii_class(c0);
      ++i;
      if (cls == CharClass::kSpace) {
        space = true;
        continue;
      }
      if (cls == CharClass::kDigit || cls == CharClass::kLetter) {
        while (i < end) {
          const unsigned char c = static_cast<unsigned char>(text[i]);
          if (c < 0x80) {
            if (ascii_class(c) != cls) break;
            ++i;
            continue;
          }
          size_t k = i;
          if (Classify(NextCodePoint(text, k)) != cls) break;
          i = k > end ? end : k;
        }
      }
    } else {
      // Through a copy: with its address taken here, i lived in memory in every loop.
      size_t next = i;
      char32_t cp = NextCodePoint(text, next);
      i = next > end ? end : next;
      cls = Classify(cp);
      if (cls == CharClass::kSpace) {
        space = true;
        continue;
      }
      if (cls == CharClass::kDigit || cls == CharClass::kLetter) {
        size_t j = i;
        while (j < end) {
          size_t k = j;
          char32_t c = NextCodePoint(text, k);
          if (Classify(c) != cls) break;
          j = k > end ? end : k;
        }
        i = j;
      }
    }
    emit(start, i,
         cls == CharClass::kDigit    ? PieceKind::kNum
         : cls == CharClass::kLetter ? PieceKind::kWord
                                     : PieceKind::kPunct,
         space);
    space = false;
  }
}

}  // namespace

// Writes the lower-case form of `s` to dst (never more bytes than s has) and returns its size.
// ASCII lower-casing as a table (one load per byte of every word).
static constexpr std::array<unsigned char, 128> kAsciiLower = [] {
  std::array<unsigned char, 128> t{};
  for (unsigned c = 0; c < 128; ++c)
    t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

// With `hash`, also folds the written bytes into *hash (Lexicon::HashStep), so the lexicon
// lookup that follows need not read the word again.
template <bool kHash = false>
static size_t FoldLower(std::string_view s, char* dst, uint64_t* hash = nullptr) {
  size_t n = 0;
  uint64_t h = kHash ? *hash : 0;
  auto put = [&](unsigned char c) {
    dst[n++] = static_cast<char>(c);
    if constexpr (kHash) h = Lexicon::HashStep(h, c);
  };
  // ASCII prefix (most words are all ASCII) through pointers: the indexed loop below kept
  // three counters per byte.
  const auto* src = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* const src_end = src + s.size();
  const unsigned char* q = src;
  char* d = dst;
  for (; q < src_end && *q < 0x80; ++q, ++d) {
    const unsigned char c = kAsciiLower[*q];
    *d = static_cast<char>(c);
    if constexpr (kHash) h = Lexicon::HashStep(h, c);
  }
  n = static_cast<size_t>(d - dst);
  for (size_t i = static_cast<size_t>(q - src); i < s.size(); ++i) {
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
  if constexpr (kHash) *hash = h;
  return n;
}

void AppendLower(std::string_view s, std::string& out) {
  const size_t at = out.size();
  out.resize(at + s.size());
  out.resize(at + FoldLower(s, out.data() + at));
}

Pieces BuildPieces(std::string_view text, const std::vector<Token>& tokens,
                   const Lexicon* lexicon) {
  Pieces out;
  BuildPieces(text, tokens, lexicon, out);
  return out;
}

void BuildPieces(std::string_view text, const std::vector<Token>& tokens, const Lexicon* lexicon,
                 Pieces& out) {
  out.items.clear();
  // Sized once up front and filled through a cursor, so the views into it stay valid and no
  // piece pays for a string append.
  out.storage.resize(text.size() + 16);
  size_t used = 0;
  out.items.reserve(tokens.size() * 2 + 4);
  uint32_t prev_end = 0;
  size_t gap_begin = 0;
  auto emit = [&](size_t b, size_t e, PieceKind kind, bool space) {
    Piece& p = out.items.emplace_back();
    if (space && gap_begin < b) {
      // Gaps are mostly one space: a plain loop beats a memchr call here.
      for (size_t k = gap_begin; k < b && !p.newline_before; ++k)
        p.newline_before = text[k] == '\n';
    }
    gap_begin = e;
    p.begin = static_cast<uint32_t>(b);
    p.end = static_cast<uint32_t>(e);
    p.kind = kind;
    p.space_before = space;
    std::string_view raw = text.substr(b, e - b);
    const size_t at = used;
    if (kind == PieceKind::kNum) {
      p.digits = static_cast<uint32_t>(raw.size());
      if (raw.size() <= 9) {
        int64_t v = 0;
        for (char c : raw) v = v * 10 + (c - '0');
        p.num = v;
      }
      const std::string_view kept = raw.substr(0, 12);  // long digit runs never match anything
      kept.copy(out.storage.data() + used, kept.size());
      used += kept.size();
      p.lower = std::string_view(out.storage).substr(at, used - at);
    } else {
      if (kind == PieceKind::kWord) {
        unsigned char c0 = static_cast<unsigned char>(raw[0]);
        p.upper = (c0 >= 'A' && c0 <= 'Z') ||
                  (c0 == 0xC3 && raw.size() > 1 && static_cast<unsigned char>(raw[1]) >= 0x80 &&
                   static_cast<unsigned char>(raw[1]) <= 0x9E);
      }
      uint64_t hash = Lexicon::kHashSeed;
      used += FoldLower<true>(raw.substr(0, 64), out.storage.data() + used, &hash);
      p.lower = std::string_view(out.storage).substr(at, used - at);
      if (lexicon) {
        p.item = lexicon->FindItem(p.lower, hash);
        if (p.item) p.lex = &p.item->entries;
      }
    }
  };
  for (const Token& t : tokens) {
    // Overlapping tokens would break the storage bound; a token never starts before the last.
    const size_t b = std::max<size_t>(std::min<size_t>(t.span.begin, text.size()), prev_end);
    const size_t e = std::min<size_t>(t.span.end, text.size());
    if (e <= b) continue;
    const bool space = out.items.empty() || b > prev_end;
    SplitRange(text, b, e, space, emit);
    prev_end = static_cast<uint32_t>(e);
  }
  out.storage.resize(used);  // shrinking keeps the buffer (and the views)
}

std::vector<std::string> SplitLowerPieces(std::string_view text) {
  std::vector<std::string> out;
  SplitRange(text, 0, text.size(), true, [&](size_t b, size_t e, PieceKind, bool) {
    std::string s;
    AppendLower(text.substr(b, e - b), s);
    out.push_back(std::move(s));
  });
  return out;
}

}  // namespace tri::timex
