// Internals of NER feature extraction (features.cc): the feature template ids, the hashing
// emitter and the lexicon, gazetteer and compound features defined in features_lexicon.cc.
// Changing a template id changes the model's feature hashes: retrain after edits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entities/gazetteer.h"
#include "annotate/entities/lexicon.h"
#include "core/hash.h"

namespace tri::ner::features_detail {

// Template ids: changing one changes the model's feature hashes (retrain after edits).
enum Template : uint64_t {
  kBias = 1,
  kLower,
  kRaw,
  kPrefix,
  kSuffix,
  kShape,
  kFirstCap,
  kPrevW,
  kNextW,
  kPrev2W,
  kNext2W,
  kPrevCur,
  kCurNext,
  kShapeCtx,
  kGazB,
  kGazI,
  kGazPrev,
  kGazNext,
  kDeriv,
  kCityEr,
  kHyphenHead,
  kHyphenTail,
  kHyphenGaz,
  kCompoundGaz,
  kRoleTail,
  kPrevRole,
  kOrgWordNext,
  kAllCaps,
  kInQuote,
  kLength,
  kExtra,
  kExtraCtx,
  kPrevShapeCur,
  kGenitiveGaz,
  kTailRole2,
  kLexFlagT,
  kLexSig,
  kLexPrevSig,
  kLexNextSig,
  kCluster0,
  kCluster1,
  kCluster2,
  kClusterPrev,
  kClusterNext,
  kClusterCap,
  kCompoundHead,
  kCompoundMod,
  kHyphenLex,
  kOrgTail,
  kNeighbourSuffix,
};

class Emitter {
 public:
  explicit Emitter(std::vector<uint64_t>& out) : out_(out) {}
  void Add(Template t, std::string_view v) { out_.push_back(Hash64(v, t)); }
  void Add(Template t, std::string_view a, std::string_view b) {
    buf_.assign(a);
    buf_.push_back('\x1f');
    buf_.append(b);
    out_.push_back(Hash64(buf_, t));
  }

 private:
  std::vector<uint64_t>& out_;
  std::string buf_;
};

// The longest gazetteer name (3+ bytes) that a compound starts with: "deutschlandreise" ->
// country. Only kinds that name places or organisations count.
int CompoundPrefixKind(const Gazetteer& gaz, std::string_view w);

// Whether the word (or the last part of a compound) is a role title: "vereinigungsminister".
bool EndsInRole(const Gazetteer& gaz, std::string_view w);

// Whether a compound ends in an organisation head word: "bundesärztekammer", "kreditbank".
bool EndsInOrgWord(const Gazetteer& gaz, std::string_view w);

// Capitalisation class of token i: the lexicon features mean different things for a
// sentence-initial capital ("Gleich darauf") than for one inside a sentence.
std::string_view CapClass(bool first, bool upper);

// The lexicon-flag signature of a word ("?" marks a word without a known cluster).
std::string SignatureOf(const LexEntry& x, bool known_cluster);

// Lexicon features of token i and its neighbours.
void AddLexicon(Emitter& e, const std::vector<LexEntry>& lex, const std::vector<uint8_t>& cap,
                size_t i, bool first);

// German compounds the word lists lack: a known common-noun head with its modifier
// ("Schwanitz|straße": unknown modifier, a street; "Spitzenreiter|trikots": a common noun).
void AddCompound(Emitter& e, const Lexicon& lexicon, const Gazetteer& gaz, std::string_view w,
                 std::string_view cc);

// The place a "-er" word is named after: "Bremer(n)" -> bremen, "Münchner" -> münchen,
// "Darmstädter" -> darmstadt, "Schalker" -> schalke. Returns the gazetteer kind, or -1.
int PlaceOfEr(const Gazetteer& gaz, std::string_view w);

// One feature per gazetteer kind set in `mask`.
void AddMask(Emitter& e, Template t, uint16_t mask);

}  // namespace tri::ner::features_detail
