#include "annotate/entities/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/utf8.h"

namespace tri::ner {

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII fast path: most tokens
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    AppendUtf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(NextCodePoint(s, i)))));
  }
  return out;
}

std::string MatchKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  while (i < s.size()) {
    const char32_t cp = NextCodePoint(s, i);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
      continue;
    }
    if (cp == U'ß') {
      out += "ss";
      continue;
    }
    if (cp == U'’' || cp == U'‘') {
      out.push_back('\'');
      continue;
    }
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status)) {
      decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
    }
    if (U_FAILURE(status) || decomposed.isEmpty()) {
      AppendUtf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
      status = U_ZERO_ERROR;
      continue;
    }
    for (int32_t k = 0; k < decomposed.length();) {
      const UChar32 d = decomposed.char32At(k);
      k += U16_LENGTH(d);
      if (u_charType(d) == U_NON_SPACING_MARK) continue;
      AppendUtf8(out, static_cast<char32_t>(u_tolower(d)));
    }
  }
  return out;
}

std::string Shape(std::string_view s) {
  std::string out;
  char last = 0;
  size_t i = 0;
  while (i < s.size() && out.size() < 12) {
    const UChar32 cp = static_cast<UChar32>(NextCodePoint(s, i));
    char c;
    if (u_isupper(cp) || u_istitle(cp))
      c = 'X';
    else if (u_islower(cp))
      c = 'x';
    else if (u_isalpha(cp))
      c = 'a';  // scripts without case (Hangul, Han)
    else if (u_isdigit(cp))
      c = 'd';
    else if (cp < 0x80)
      c = static_cast<char>(cp);
    else
      c = '*';
    if (c != last) out.push_back(c);
    last = c;
  }
  return out;
}

bool StartsUpper(std::string_view s) {
  size_t i = 0;
  if (s.empty()) return false;
  const UChar32 cp = static_cast<UChar32>(NextCodePoint(s, i));
  return u_isupper(cp) || u_istitle(cp);
}

bool AllUpper(std::string_view s) {
  int letters = 0;
  size_t i = 0;
  while (i < s.size()) {
    const UChar32 cp = static_cast<UChar32>(NextCodePoint(s, i));
    if (u_islower(cp)) return false;
    if (u_isupper(cp)) ++letters;
  }
  return letters >= 2;
}

bool HasLetter(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (u_isalpha(static_cast<UChar32>(NextCodePoint(s, i)))) return true;
  }
  return false;
}

}  // namespace tri::ner
