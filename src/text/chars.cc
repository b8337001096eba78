#include "text/chars.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

#include "core/utf8.h"

namespace tri::text {
namespace {

// clang-format off
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c <= 0x20 || c == 0x7F) k = CharClass::kSpace;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharClass::kLetter;
    else if (c >= '0' && c <= '9') k = CharClass::kDigit;
    else if (c == '.' || c == '!' || c == '?') k = CharClass::kTerminal;
    else if (c == '"' || c == '\'' || c == '`') k = CharClass::kQuote;
    else if (c == '-') k = CharClass::kDash;
    else if (c == '(' || c == '[' || c == '{') k = CharClass::kOpen;
    else if (c == ')' || c == ']' || c == '}') k = CharClass::kClose;
    else if (c == ',' || c == ';' || c == ':' || c == '/' || c == '\\' || c == '_') k = CharClass::kPunct;
    t[c] = k;
  }
  return t;
}
// clang-format on

CharClass FromIcu(char32_t cp) {
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
      return CharClass::kLetter;
    case U_OTHER_LETTER:
      return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_IDEOGRAPHIC) ||
                     (cp >= 0x3040 && cp <= 0x30FF)
                 ? CharClass::kIdeograph
                 : CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kSymbol;  // ² ½ Ⅻ: standalone symbols, not digits of a number
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_UNASSIGNED:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
      return CharClass::kSpace;
    case U_FORMAT_CHAR:  // soft hyphen, ZWJ, ZWNJ, BOM, bidi marks
      return cp == 0x200D   ? CharClass::kJoiner
             : cp == 0x00AD ? CharClass::kMark
                            : CharClass::kSpace;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_START_PUNCTUATION:
      return cp == 0x201A || cp == 0x201E ? CharClass::kQuote : CharClass::kOpen;
    case U_END_PUNCTUATION:
      return CharClass::kClose;
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kQuote;
    case U_OTHER_PUNCTUATION:
      if (u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_S_TERM) || cp == 0x2026)
        return CharClass::kTerminal;
      return CharClass::kPunct;
    case U_CONNECTOR_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

}  // namespace

constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

char32_t DecodeNonAscii(std::string_view s, size_t& i) {
  // Two-byte sequences (Latin letters with diacritics, the bulk of German and English
  // non-ASCII text) decoded here; everything else, and every invalid byte, by NextCodePoint.
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 0xC2 && c <= 0xDF && i + 1 < s.size()) {
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c1 & 0xC0) == 0x80) {
      i += 2;
      return (static_cast<char32_t>(c & 0x1F) << 6) | (c1 & 0x3F);
    }
  }
  return NextCodePoint(s, i);
}

CharClass ClassifyNonAscii(char32_t cp) {
  // Latin-1 and Latin Extended letters first (no case below is in this range).
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return CharClass::kLetter;
  // clang-format off
  switch (cp) {
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x200B: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF: case 0x0085: case 0x2028: case 0x2029:
      return CharClass::kSpace;
    case 0x00AB: case 0x00BB: case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C:
    case 0x201D: case 0x201E: case 0x201F: case 0x2039: case 0x203A: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0xFF02: case 0x00B4:
      return CharClass::kQuote;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return CharClass::kDash;
    case 0x2026: case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0x3002: case 0xFF01:
    case 0xFF1F: case 0x00A1: case 0x00BF:
      return cp == 0x00A1 || cp == 0x00BF ? CharClass::kPunct : CharClass::kTerminal;
    case 0x200D: case 0xFE0F: case 0xFE0E: case 0x20E3:
      return CharClass::kJoiner;
    case 0x2022: case 0x00B7: case 0x2023: case 0x25AA: case 0x25CF:
      return CharClass::kPunct;
    case 0x00A7: case 0x00B6:  // § ¶ are "other punctuation" in Unicode, symbols in news text
      return CharClass::kSymbol;
    default:
      break;
  }
  // clang-format on
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return CharClass::kJoiner;  // emoji skin tones
  if (cp >= 0xE0020 && cp <= 0xE007F) return CharClass::kJoiner;  // emoji tag sequences
  return FromIcu(cp);
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

bool IsUncasedLetter(char32_t cp) {
  if (cp < 0x80) return false;
  return u_isalpha(static_cast<UChar32>(cp)) && !IsUpper(cp) && !IsLower(cp);
}

bool IsOpeningQuote(char32_t cp) {
  return cp == 0x201E || cp == 0x201A || cp == 0x201C || cp == 0x2018 || cp == 0x00BB ||
         cp == 0x00AB || cp == '"' || cp == '\'' || cp == 0x2039 || cp == 0x203A || cp == 0x300C ||
         cp == 0x300E;
}

}  // namespace tri::text
