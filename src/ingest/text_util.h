// Small string helpers shared by the ingest readers (ASCII case folding, trimming, whitespace
// normalisation, prefix tests). All work on UTF-8 bytes and never split a multi-byte sequence.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tri::ingest {

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// Whether `s` is one of `list` (exact bytes): the word lists of the line and page classifiers.
inline bool OneOf(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string AsciiLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool StartsWithNoCase(std::string_view s, std::string_view prefix);  // prefix: lower-case ASCII
bool ContainsNoCase(std::string_view s, std::string_view needle);    // needle: lower-case ASCII

// Trims ASCII whitespace and the UTF-8 encodings of NBSP, thin/zero-width spaces and BOM.
std::string_view Trim(std::string_view s);

// Collapses every run of whitespace (ASCII, NBSP, Unicode spaces, zero-width) into one ' ' and
// trims the ends. Soft hyphens are dropped.
std::string CollapseWhitespace(std::string_view s);

// Appends `s` to `out`, collapsing whitespace as above; `space_pending` carries a pending space
// across calls so consecutive text nodes join correctly.
void AppendCollapsed(std::string& out, std::string_view s, bool& space_pending);

// Number of code points (not bytes).
size_t CodePointCount(std::string_view s);

// Splits on `sep` (empty pieces dropped, each trimmed).
std::vector<std::string> SplitTrimmed(std::string_view s, char sep);

// Removes a trailing " | Site", " - Site", " – Site" (any of the separators) part when what is
// left is long enough to be a headline; used for <title> texts.
std::string_view StripTitleSuffix(std::string_view title, std::string_view site_name);

// "de" or "en" by counting frequent function words; "" when unsure. Used where a page does not
// declare its language, to pick date conventions (10/27 vs 27.10.) and the time zone.
std::string GuessLanguage(std::string_view text);

}  // namespace tri::ingest
