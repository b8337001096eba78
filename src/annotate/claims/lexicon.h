// CueLexicon: the claims stage's word lists (data/lexicons/claims/claims.tsv) as one immutable
// phrase matcher. Each entry has a class (hedge, frame, stance, ...), a language and a value
// ("meet", "high", "last"); a phrase is a sequence of token patterns matched against
// LexKey keys (lower case): exact words, "stem*" prefixes, "*head" compound heads and "*part*"
// infixes. Matching one document is linear in its tokens (a bounded number of hash probes per
// token).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace tri::claims {

enum class CueClass : uint8_t {
  kHedge,
  kSpec,
  kNeg,
  kNegNot,
  kKon1,
  kLik,
  kLNoun,
  kLMag,
  kFrame,
  kEvent,
  kFrameNot,
  kStance,
  kVolition,
  kQual,
  kPast,
  kFuture,
  kUpdate,
  kRole,
  kAnaphor,
  kCapital,
  kLocPrep,
  kNonSubjPrep,
  kSubord,
  kVerb,
  kSpeech,
  kNumWord,
  kNumMult,
  kNumBound,
  kUnit,
  kCount
};

// Languages an entry applies to, as a bit mask.
enum LangMask : uint8_t { kLangDe = 1, kLangEn = 2, kLangAny = 3 };
LangMask LangMaskFor(std::string_view language);  // "de" -> kLangDe, "en" -> kLangEn, else any

// One match: tokens [begin, end) of the key sequence given to Match.
struct CueMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  CueClass cls = CueClass::kHedge;
  uint16_t value = 0;  // index into CueLexicon::value()
};

class CueLexicon {
 public:
  // Parses the TSV format described at the top of claims.tsv. Errors name the line.
  static Result<std::shared_ptr<const CueLexicon>> Parse(std::string_view tsv);
  // The lexicon compiled into the binary (parsed once, shared).
  static Result<std::shared_ptr<const CueLexicon>> Embedded();

  // Every match over `keys` (LexKey keys of consecutive tokens; "" for tokens that must
  // never match), sorted by begin, then longer first, then class. Appends to `out`.
  void Match(const std::vector<std::string>& keys, LangMask lang, std::vector<CueMatch>& out) const;

  std::string_view value(uint16_t v) const { return values_[v]; }
  // Value id of a string, or -1 when no entry uses it.
  int FindValue(std::string_view v) const;
  size_t size() const { return entries_.size(); }

 private:
  enum class PatternKind : uint8_t { kExact, kPrefix, kSuffix, kInfix };
  struct Pattern {
    PatternKind kind = PatternKind::kExact;
    std::string text;
  };
  struct Entry {
    std::vector<Pattern> tokens;
    CueClass cls = CueClass::kHedge;
    uint16_t value = 0;
    uint8_t langs = kLangAny;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;

  CueLexicon() = default;
  static bool PatternMatches(const Pattern& p, std::string_view key);
  void Candidates(std::string_view key, std::vector<uint32_t>& out) const;

  std::vector<Entry> entries_;
  std::vector<std::string> values_;
  Index exact_, prefix_, suffix_;
  std::vector<uint32_t> infix_;
  uint64_t prefix_lengths_ = 0, suffix_lengths_ = 0;  // bit n: some stem has length n (n < 64)
};

std::string_view ToString(CueClass c);

// The key cues are matched on: lower case, diacritics kept. (FoldForMatch also drops umlauts,
// which would merge "würde"/"wurde", "könnte"/"konnte", "hätte"/"hatte".)
std::string LexKey(std::string_view text);

}  // namespace tri::claims
