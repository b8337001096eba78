// Story features of one document: weighted sparse vectors of content-word stems (per language,
// Snowball-stemmed, German compounds split against the corpus vocabulary), entities (folded
// surface form, plus the canonical id once linked; capitalised words that name an entity
// recognised elsewhere in the corpus count too; agency credits do not), numbers (normalised
// across German and English notation) and event dates (TIMEX3 days). Entities, numbers and dates
// are "neutral": they mean the same in every language and bridge German and English reports.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "story/flat_map.h"

namespace tri::story {

// kPlace: entities of type LOC (where it happened tells events of one kind apart).
enum class Channel : uint8_t { kWord = 0, kEntity = 1, kNumber = 2, kDate = 3, kPlace = 4 };
inline bool IsNeutral(Channel c) { return c != Channel::kWord; }

struct Term {
  uint64_t key = 0;  // hash of channel, language (words only) and the normalised form
  float weight = 0;  // raw: occurrence count; weighted: (1 + ln tf) * idf * channel weight
  Channel channel = Channel::kWord;
};

// Document frequencies of term keys over a corpus (or over what a stream has seen so far).
// Also serves as the vocabulary German compounds are split against.
class DocumentFrequencies {
 public:
  void Add(const std::vector<Term>& terms);  // one document's distinct terms
  uint32_t df(uint64_t key) const {
    const uint32_t* n = df_.find(key);
    return n ? *n : 0;
  }
  uint32_t documents() const { return documents_; }

 private:
  FlatMap64 df_;
  uint32_t documents_ = 0;
};

struct FeatureOptions {
  float entity_weight = 1.0f;
  float place_weight = 1.0f;
  float number_weight = 0.5f;
  float date_weight = 0.7f;
  float compound_part_weight = 0.5f;  // heads/modifiers split off German compounds
  float title_weight = 2.0f;          // occurrences in the headline count this much
  // idf = ln((N + prior_documents) / (df + 1)): the prior keeps small corpora (three articles
  // of one story) from treating every shared word as common.
  double prior_documents = 20.0;
  uint32_t max_tokens = 5000;
  bool names_as_words = false;  // also count the words of entity mentions as words  // words read
                                // per document (long texts: the top is what counts)
};

// A document's weighted features: terms sorted by key, unit length over all terms.
struct DocVector {
  std::vector<Term> terms;
  float neutral_norm = 0;  // length of the neutral part (entities, numbers, dates) after scaling
  uint8_t language = 0;    // 0 German, 1 English, 2 other/undetermined
};

// Turns documents into terms. Holds the stemmers and a stem cache, so one instance serves one
// thread (create one per ClusterStories call or benchmark thread); not thread-safe.
class FeatureExtractor {
 public:
  explicit FeatureExtractor(FeatureOptions options = {});
  ~FeatureExtractor();
  FeatureExtractor(const FeatureExtractor&) = delete;
  FeatureExtractor& operator=(const FeatureExtractor&) = delete;

  // Term counts of `doc`, sorted by key. With `vocabulary`, German compounds are split into
  // parts the vocabulary knows ("Hafenarbeiter" -> "hafen", "arbeit") and German genitive
  // forms of unlinked entities are mapped onto the base form when that is known.
  std::vector<Term> Extract(const Document& doc, const DocumentFrequencies* vocabulary = nullptr);

  // tf-idf weighting and normalisation.
  DocVector Weigh(const std::vector<Term>& counts, uint8_t language,
                  const DocumentFrequencies& df) const;

  const FeatureOptions& options() const { return options_; }

  // Debugging aid for tools: when set, every term key extracted is mapped to a readable form
  // ("stem", "@entity", "@@canonical id", "#number", "%date").
  void set_term_names(std::unordered_map<uint64_t, std::string>* names);

 private:
  struct Impl;
  FeatureOptions options_;
  std::unique_ptr<Impl> impl_;
};

// Cosines of two documents over their words (0 across languages) and over their neutral terms.
struct PairSimilarity {
  double words = 0, neutral = 0;
};
PairSimilarity Compare(const DocVector& a, const DocVector& b);

uint8_t LanguageCode(std::string_view language);

// Time features. Publication time in UTC minutes since 1970 (nullopt: undated).
std::optional<int64_t> PublishedMinutes(const Document& d);
// Where an undated document points in time: its inferred publication interval when one is
// known, else the latest full date it mentions that does not depend on an anchor.
std::optional<int64_t> UndatedHintMinutes(const Document& d);

// "1.500" (de) / "1,500" (en) -> "1500"; "6,1" (de) / "6.1" (en) -> "6.1"; times, dates and
// ordinals -> "" (they are not amounts).
std::string NormalizeNumber(std::string_view token, bool german);

}  // namespace tri::story
