// Text stage: tokens, sentences and language for German and English news text, with UTF-8
// byte offsets into Document::text. Runs after ingest (which sets text and blocks) and before
// every annotator; no later stage re-tokenises. Everything here is a pure function of its
// input (the word lists and the language profile are compiled in and immutable), linear in
// the input size, safe to call from many threads, and never fails: invalid UTF-8 is scanned
// byte by byte (U+FFFD semantics) instead of rejected.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace tri {

// Splits `text` into tokens. Offsets are relative to `text`, plus `base`.
// Handles ordinals ("31." before "Oktober"), abbreviations ("z. B.", "Dr.", "U.S."), numbers
// ("1.500", "3,5", "14:11", "2017-2021"), compounds ("US-Präsident", "Nord-" in "Nord- und
// Süd-"), URLs, e-mails, hashtags, @mentions, quote marks, dashes (standing alone), emoji.
// A period that belongs to an abbreviation, initial or ordinal is part of that token; any
// other period is a token of its own (a possible sentence end).
std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0);

// Tokenize, appending to `out` (no allocation per call when `out` has capacity).
void AppendTokens(std::string_view text, uint32_t base, std::vector<Token>& out);

// Longest sentence SplitSentences makes: longer runs without a sentence end (tables, lists
// without punctuation) are cut, so that later stages never see unbounded sentences.
inline constexpr uint32_t kMaxSentenceTokens = 1000;

// Groups tokens into sentences. Sentences never cross block boundaries; a block without final
// punctuation (headline, byline) is a sentence of its own. Text outside every block is split
// like a block of its own. `tokens` must come from Tokenize over the same text (with base 0).
// Promise: every token is in exactly one sentence; sentences are in order, their token ranges
// are consecutive and their spans run from their first token's begin to their last's end.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks);
// SplitSentences for a text that is one paragraph block from its start to its end, appending
// to `out`: the same sentences, without the per-call allocations (for taggers called on many
// short strings).
void AppendParagraphSentences(std::string_view text, const std::vector<Token>& tokens,
                              std::vector<Sentence>& out);

struct LanguageGuess {
  std::string language = "und";  // "de", "en" or "und"
  float confidence = 0.0f;       // 0..1; "und" guesses carry the confidence of the best language
};

// Identifies German vs English from character n-grams and function words (a compiled-in
// profile, data/langid). Anything else, mixed scripts without enough Latin text, or too little
// text gives "und". Reads at most the first 16 KiB.
LanguageGuess IdentifyLanguage(std::string_view text);

// Fills doc.tokens, doc.sentences, doc.language from doc.text and doc.blocks (when blocks are
// empty, blank lines delimit them and the blocks found are stored). Tokens never cross blocks.
// When the text is too short to tell the language, doc.meta.declared_language ("de"/"en",
// from the page) is used with a low confidence.
void AnalyzeText(Document& doc);

// Lower-cased, diacritic-folded comparison key ("Pjöngjang" -> "pjongjang", "Straße" ->
// "strasse", "Ærø" -> "aero"), used wherever names or words are matched across documents.
// Typographic apostrophes and dashes fold to ASCII ("’" -> "'", "–" -> "-"), and any
// whitespace to a single space. Invalid UTF-8 bytes become U+FFFD.
std::string FoldForMatch(std::string_view text);

// FoldForMatch appending to `out` (for building keys without temporaries).
void AppendFoldForMatch(std::string_view text, std::string& out);

}  // namespace tri
