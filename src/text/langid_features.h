// Features of the language identifier, shared by the runtime (langid.cc) and the trainer
// (tools/langid), so both see text the same way: words are runs of letters, lower-cased,
// padded with '_' on both sides ("_der_"), and cut into character n-grams of orders
// 1..kMaxGramOrder (the lone "_" is skipped). Words longer than kMaxWordLetters count only
// their first letters. Also tallies Latin vs other letters for the script check.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/chars.h"

namespace tri::text {

inline constexpr int kMaxGramOrder = 4;
inline constexpr size_t kMaxWordLetters = 40;

struct ScriptStats {
  size_t latin_letters = 0;
  size_t other_letters = 0;
};

// A letter of the Latin script (Basic Latin, Latin-1, Extended-A/B, Extended Additional).
inline bool IsLatinLetter(char32_t cp) { return cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF); }

char32_t LowerForLangid(char32_t cp);

// 64-bit FNV-1a over the code points of a gram; the model stores these hashes.
inline uint64_t GramHash(std::u32string_view gram) {
  uint64_t h = 1469598103934665603ull;
  for (char32_t c : gram) {
    for (int k = 0; k < 3; ++k) {
      h ^= (c >> (8 * k)) & 0xFF;
      h *= 1099511628211ull;
    }
  }
  return h;
}

// Calls word_fn(u32string_view word) for every word and gram_fn(u32string_view gram, int
// order) for each of its n-grams, over at most `max_bytes` of `text`.
template <typename WordFn, typename GramFn>
void ForEachFeature(std::string_view text, size_t max_bytes, ScriptStats& stats, WordFn&& word_fn,
                    GramFn&& gram_fn) {
  if (text.size() > max_bytes) text = text.substr(0, max_bytes);
  std::u32string padded;
  padded.reserve(kMaxWordLetters + 2);
  size_t i = 0;
  auto flush = [&] {
    if (padded.size() <= 1) return;
    word_fn(std::u32string_view(padded).substr(1));
    padded.push_back(U'_');
    const std::u32string_view w = padded;
    for (int n = 1; n <= kMaxGramOrder; ++n) {
      for (size_t b = 0; b + n <= w.size(); ++b) {
        if (n == 1 && w[b] == U'_') continue;
        gram_fn(w.substr(b, n), n);
      }
    }
  };
  padded.push_back(U'_');
  while (i < text.size()) {
    const char32_t cp = DecodeAt(text, i);
    const CharClass c = Classify(cp);
    if (c == CharClass::kLetter || c == CharClass::kIdeograph) {
      if (IsLatinLetter(cp)) {
        ++stats.latin_letters;
      } else {
        ++stats.other_letters;
      }
      if (padded.size() <= kMaxWordLetters) padded.push_back(LowerForLangid(cp));
    } else if (c != CharClass::kMark && c != CharClass::kJoiner) {
      flush();
      padded.clear();
      padded.push_back(U'_');
    }
  }
  flush();
}

// What IdentifyLanguage measured on a text (for evaluation and tuning tools).
struct LangidDetail {
  ScriptStats script;
  size_t words = 0;
  size_t trigrams = 0;
  double log_odds_de = 0.0;       // tempered log P(de) - log P(en)
  double function_words[2] = {};  // share of words in the de / en function word lists
  double known_trigrams[2] = {};  // share of trigrams seen in de / en training text
};

LangidDetail ExplainLanguage(std::string_view text);

}  // namespace tri::text
