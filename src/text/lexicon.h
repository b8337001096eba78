// The word lists the tokenizer and sentence splitter consult (data/text/lexicon.tsv, embedded in
// the binary): abbreviations with how they behave at a period, sentence-opening function words,
// month names, ordinal contexts and heading-continuation words. Parsed once on first use and
// immutable afterwards, so it is safe to share between threads.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace tri::text {

enum class AbbrevClass : uint8_t {
  kNone,
  kPrefix,  // keeps its period, never ends a sentence before a following word ("Dr.", "z.")
  kFinal,   // keeps its period, ends a sentence only before a sentence starter ("etc.", "Inc.")
  kNumber,  // an abbreviation only before a number ("Nr. 5"); otherwise word + period
};

class Lexicon {
 public:
  // Inline: the tokenizer and the sentence splitter ask once per call, and short texts (one
  // sentence) made the out-of-line call a visible part of their cost.
  static const Lexicon& Get() {
    static const Lexicon kLexicon;  // immutable after construction; C++ guarantees one init
    return kLexicon;
  }

  // `word` includes the final period ("Dr.").
  AbbrevClass Abbreviation(std::string_view word) const;
  // False proves Abbreviation(word) is kNone, cheaply and inline (most words before a period
  // are no abbreviation); true needs the lookup.
  bool MayBeAbbreviation(std::string_view word) const {
    return word.size() <= max_abbrev_len_ && MayHave(word);
  }
  bool IsStarter(std::string_view word) const { return Has(word, kStarter); }
  bool IsMonth(std::string_view word) const { return Has(word, kMonth); }
  bool IsOrdinalContext(std::string_view word) const { return Has(word, kOrdinalContext); }
  bool IsContinuation(std::string_view word) const { return Has(word, kContinuation); }

 private:
  enum Role : uint8_t {
    kPrefix = 1,
    kFinal = 2,
    kNum = 4,
    kStarter = 8,
    kMonth = 16,
    kOrdinalContext = 32,
    kContinuation = 64,
  };
  Lexicon();
  // A clear bit of `filter_` for the word's (length, first, middle and last byte) class
  // proves the word is not in the list: the tokenizer asks about most words that end before a
  // period, nearly all are misses, and those then skip the hash-map lookup. 4096 bits keep
  // the list's few hundred words from setting most of them.
  static unsigned FilterKey(std::string_view w) {
    unsigned h = static_cast<unsigned>(w.size());
    h = h * 31u + static_cast<unsigned char>(w.front());
    h = h * 31u + static_cast<unsigned char>(w.back());
    h = h * 31u + static_cast<unsigned char>(w[w.size() / 2]);
    return (h ^ (h >> 12)) & 4095u;
  }
  bool MayHave(std::string_view w) const {
    if (w.empty() || w.size() > max_len_) return false;
    const unsigned k = FilterKey(w);
    return (filter_[k / 64] >> (k % 64)) & 1u;
  }
  bool Has(std::string_view word, uint8_t role) const {
    if (!MayHave(word)) return false;
    auto it = roles_.find(word);
    return it != roles_.end() && (it->second & role) != 0;
  }

  std::unordered_map<std::string_view, uint8_t> roles_;  // keys point into the embedded file
  size_t max_len_ = 0;
  size_t max_abbrev_len_ = 0;
  uint64_t filter_[64] = {};  // see MayHave
};

}  // namespace tri::text
