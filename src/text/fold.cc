// FoldForMatch: matching keys for names and words. ASCII is lower-cased inline; U+0080..U+024F
// (all of German, most of European Latin) comes from a table built once from ICU (case fold,
// canonical decomposition, combining marks dropped, plus the letters that do not decompose:
// ß, æ, œ, ø, ł, đ, þ); everything else goes through ICU per code point.
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include <array>

#include "core/utf8.h"
#include "text/chars.h"
#include "text/text.h"

namespace tri {
namespace {

// Letters and punctuation that need a fixed replacement; nullptr when ICU's fold applies.
// clang-format off
const char* Special(char32_t cp) {
  switch (cp) {
    case 0x00DF: case 0x1E9E: return "ss";
    case 0x00C6: case 0x00E6: return "ae";
    case 0x0152: case 0x0153: return "oe";
    case 0x00D8: case 0x00F8: return "o";
    case 0x0141: case 0x0142: case 0x013F: case 0x0140: return "l";
    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0: return "d";
    case 0x00DE: case 0x00FE: return "th";
    case 0x0131: return "i";
    case 0x0126: case 0x0127: return "h";
    case 0x0138: return "k";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x00B4: case 0x0060: case 0x02BC:
    case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x00AD: return "";  // soft hyphen
    default: return nullptr;
  }
}
// clang-format on

void FoldSlow(char32_t cp, std::string& out) {
  if (const char* s = Special(cp)) {
    out += s;
    return;
  }
  if (text::Classify(cp) == text::CharClass::kSpace) {
    if (out.empty() || out.back() != ' ') out += ' ';
    return;
  }
  const int8_t own_type = u_charType(static_cast<UChar32>(cp));
  if (own_type == U_NON_SPACING_MARK || own_type == U_ENCLOSING_MARK ||
      own_type == U_COMBINING_SPACING_MARK) {
    return;  // a decomposed accent ("e" + U+0301)
  }
  const auto folded =
      static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* nfd = unorm2_getNFDInstance(&err);
  UChar buf[32];
  const int32_t n = U_SUCCESS(err)
                        ? unorm2_getDecomposition(nfd, static_cast<UChar32>(folded), buf, 32, &err)
                        : -1;
  if (n <= 0 || U_FAILURE(err)) {
    AppendUtf8(out, folded);
    return;
  }
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(buf, i, n, c);
    const int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK)
      continue;
    AppendUtf8(out, static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
  }
}

struct LatinTable {
  std::array<std::array<char, 7>, 0x250 - 0x80> bytes{};  // first byte: length
  LatinTable() {
    std::string s;
    for (char32_t cp = 0x80; cp < 0x250; ++cp) {
      s.clear();
      FoldSlow(cp, s);
      auto& e = bytes[cp - 0x80];
      e[0] = static_cast<char>(std::min<size_t>(s.size(), 6));
      for (size_t i = 0; i < s.size() && i < 6; ++i) e[i + 1] = s[i];
    }
  }
};

const LatinTable& Latin() {
  static const LatinTable kTable;  // immutable after construction
  return kTable;
}

}  // namespace

void AppendFoldForMatch(std::string_view text, std::string& out) {
  const LatinTable& latin = Latin();
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      if (b <= 0x20 || b == 0x7F) {
        if (out.empty() || out.back() != ' ') out += ' ';
        continue;
      }
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      continue;
    }
    const char32_t cp = NextCodePoint(text, i);
    if (cp >= 0x80 && cp < 0x250) {
      const auto& e = latin.bytes[cp - 0x80];
      if (e[0] == 1 && e[1] == ' ') {
        if (out.empty() || out.back() != ' ') out += ' ';
      } else {
        out.append(e.data() + 1, static_cast<size_t>(e[0]));
      }
    } else {
      FoldSlow(cp, out);
    }
  }
}

std::string FoldForMatch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFoldForMatch(text, out);
  return out;
}

}  // namespace tri
