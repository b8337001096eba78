// Internals of the line classifier (lines.cc) shared by its parts: widget/teaser boilerplate
// (lines_boilerplate.cc) and the vocabulary of date, credit and agency lines (lines_vocab.cc).
// Not part of the ingest API.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tri::ingest::lines_detail {

// Exact texts of widgets, share bars, teaser headings and ad labels (`lower`: ASCII-lowered).
bool IsBoilerplateText(std::string_view lower);

// Prefixes of short teaser/widget lines ("Lesen Sie auch: ...", "Mehr zum Thema: ...").
bool HasBoilerplatePrefix(std::string_view lower);

// "26.08.2025 | 0:23 min", "Video | 02:31 Min." anywhere: a video teaser or caption.
bool HasVideoDuration(std::string_view lower);

// A photo-credit prefix ("Foto:", "©", "Bildquelle:"); `len` is its length in bytes.
bool IsCreditPrefix(std::string_view lower, size_t& len);

// Words of `s` that are not date-line vocabulary (numbers count as vocabulary).
int ForeignWords(std::string_view s);

// A line made only of agency names, author initials and credit words; `agency` gets the
// agencies it names.
bool IsAgencyOnly(std::string_view line, std::string& agency);

}  // namespace tri::ingest::lines_detail
