// Lexicon: word-level knowledge for the NER features, keyed by the Lower()ed word: which German
// word lists know the word (common-noun form, lower-case word, capitalised word, surname, given
// name, ...), how frequent it is in German Wikipedia, and its distributional word clusters at
// three granularities (tools/ner/ner_clusters over unlabelled German text). Separates
// capitalised common nouns ("Regierung") from names ("Kyocera"), the main source of errors of a
// German tagger trained on little data. data/ner/lexicon.bin is written by tools/ner/ner_lexicon
// (see data/ner/SOURCES). Compact: sorted 64-bit key hashes and 8-byte entries, binary-searched,
// so loading is a copy. Immutable once parsed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace tri::ner {

// Bits of LexEntry::flags.
enum LexFlag : uint16_t {
  kLexNoun = 1 << 0,          // a form of a German common noun (german-pos-dict)
  kLexLower = 1 << 1,         // spelt lower-case in the German word list (verbs, adjectives, ...)
  kLexCap = 1 << 2,           // spelt capitalised in the German word list (nouns and names)
  kLexAbbr = 1 << 3,          // an all-caps abbreviation in the noun lexicon ("ADAC", "AKW")
  kLexSurname = 1 << 4,       // a common German surname
  kLexFirst = 1 << 5,         // a common given name
  kLexPerson = 1 << 6,        // in a large international list of name parts
  kLexFreq1k = 1 << 7,        // among the 1,000 most frequent words of German Wikipedia
  kLexFreq10k = 1 << 8,       // ... 10,000
  kLexFreq64k = 1 << 9,       // ... 64,000
  kLexCorpusLower = 1 << 10,  // mostly lower-case mid-sentence in the unlabelled corpus
  kLexCorpusCap = 1 << 11,    // mostly capitalised mid-sentence in the unlabelled corpus
  kLexEnglish = 1 << 12,      // a lower-case English word (wamerican): English titles are OTH/ORG
};
constexpr int kLexFlagCount = 13;
constexpr int kClusterLevels = 3;

struct LexEntry {
  uint16_t flags = 0;
  uint16_t cluster[kClusterLevels] = {0, 0, 0};  // 0: no cluster; else cluster id + 1
};

class Lexicon {
 public:
  // Parses the binary form written by Serialize().
  static Result<std::shared_ptr<const Lexicon>> Parse(std::string_view bytes);
  // Builds a lexicon from (lower-cased word, entry) pairs; later duplicates are merged (flags
  // or-ed, first non-zero cluster kept).
  static std::shared_ptr<const Lexicon> Build(
      const std::vector<std::pair<std::string, LexEntry>>& words);
  void Serialize(std::string& out) const;

  // The entry for a Lower()ed word; an all-zero entry if the word is unknown.
  LexEntry Find(std::string_view lower_word) const;
  size_t size() const { return keys_.size(); }

 private:
  std::vector<uint64_t> keys_;     // sorted Hash64(word, kSeed)
  std::vector<LexEntry> entries_;  // parallel to keys_
};

}  // namespace tri::ner
