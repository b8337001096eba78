// Case and diacritic folding for the entity stage. The recogniser's features and the gazetteer
// keys use Lower() (ICU simple lower-casing, stable across ICU versions for these scripts); the
// linker compares names with MatchKey(), which also drops diacritics and maps ß to ss, so that
// "Pjöngjang"/"Pjongjang" and "Straße"/"Strasse" meet. Kept separate from text::FoldForMatch on
// purpose: the shipped model's feature hashes must not change when another stage changes.
#pragma once

#include <string>
#include <string_view>

namespace tri::ner {

std::string Lower(std::string_view s);
std::string MatchKey(std::string_view s);

// Word shape with runs collapsed: "Kim" -> "Xx", "US-Präsident" -> "X-Xx", "2019" -> "d",
// "ntv.de" -> "x.x". Non-Latin letters count as letters.
std::string Shape(std::string_view s);

bool StartsUpper(std::string_view s);
bool AllUpper(std::string_view s);  // at least two letters, none lower-case
bool HasLetter(std::string_view s);

}  // namespace tri::ner
