// A generator of realistic German news text for the text-stage benchmark: headlines, bylines,
// date lines and paragraphs built from templates and a vocabulary written for triangulate
// (no copied text). It exercises what news text throws at the tokenizer: ordinals, dates,
// numbers with separators, abbreviations, quotes „…“ with speech, compounds, dashes, URLs.
// Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <string>

namespace tri::bench {

struct GeneratedCorpus {
  std::string text;  // articles separated by blank lines; paragraphs separated by blank lines
  size_t articles = 0;
};

GeneratedCorpus GenerateGermanNews(size_t min_bytes, uint64_t seed = 42);

}  // namespace tri::bench
