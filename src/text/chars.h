// Character classes for the text stage's scanners (internal to src/text). One call classifies a
// code point the way news tokenisation needs it: ASCII and Latin-1 come from tables (the hot
// path), everything else from ICU's character properties. Pure functions, no state.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace tri::text {

enum class CharClass : uint8_t {
  kSpace,      // whitespace, line breaks, zero-width and control characters: never part of a token
  kLetter,     // any Unicode letter
  kMark,       // combining marks (continue the token before them)
  kDigit,      // decimal digits of any script
  kTerminal,   // . ! ? … and other sentence-final marks
  kQuote,      // " ' „ “ ” ‚ ‘ ’ « » ‹ › 「 」
  kDash,       // - ‐ ‑ ‒ – — ― −
  kOpen,       // ( [ {
  kClose,      // ) ] }
  kPunct,      // other punctuation: , ; : / \ · • ...
  kSymbol,     // % € $ § & + = ° © emoji ...
  kJoiner,     // ZWJ, variation selectors, skin-tone modifiers: glue to the token before
  kIdeograph,  // Han, Hiragana, Katakana: one token per character (no spaces between words)
  kOther,
};

// Classes of the ASCII code points, and of everything else (chars.cc). The scanners call
// Classify once or more per byte of text, so its ASCII case is inline.
extern const std::array<CharClass, 128> kAsciiClass;
CharClass ClassifyNonAscii(char32_t cp);

inline CharClass Classify(char32_t cp) {
  return cp < 0x80 ? kAsciiClass[cp] : ClassifyNonAscii(cp);
}

// Decodes a multi-byte code point at s[i] and advances i (chars.cc).
char32_t DecodeNonAscii(std::string_view s, size_t& i);

// Decodes one code point at s[i] and advances i (invalid bytes: U+FFFD, one byte). Inline
// fast path for ASCII.
inline char32_t DecodeAt(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return DecodeNonAscii(s, i);
}

inline bool IsLineBreak(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

// Upper/title-case letter (a capitalised word starts with it).
bool IsUpper(char32_t cp);
bool IsLower(char32_t cp);
// A letter that has no case (Hangul, Arabic, Hebrew, ...): may start a sentence.
bool IsUncasedLetter(char32_t cp);

// Hyphens that join compound parts ("US-Präsident"), as opposed to dashes between words.
inline bool IsJoiningHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Apostrophes inside words ("don't", "geht's", "O’Brien").
inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x00B4 || cp == '`' || cp == 0x02BC;
}

// Quote marks that open a quotation in German or English typography (used to tell whether a
// quote after whitespace starts a sentence: all quote marks may, so this is informational).
bool IsOpeningQuote(char32_t cp);

}  // namespace tri::text
