// QuoteLexicon: the cue lexicons (reporting verbs and phrases, German and English) and the
// source-type head nouns, parsed once from data/lexicons (compiled in) and shared read-only.
// Promises: lookups are pure functions of the word form; the object is immutable after Load.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace tri::quotes {

enum class CueKind : uint8_t {
  kVerb,  // reporting verb
  kPrep,  // "laut X", "gemäß X", "according to X"
  kPost,  // "X zufolge"
  kNach,  // "nach Angaben X", "seiner Meinung nach"
  kSo,    // ", so X."
  kWie,   // "wie X mitteilte"
  kRef,   // "demnach", "wonach": cue and source in one word
  kEs,    // "hieß es", "heißt es in X"
  kNoun,  // a source noun that makes nach/zufolge/laut a cue ("Angaben")
};

struct CueEntry {
  CueKind kind = CueKind::kVerb;
  std::string lemma;
  std::string medium = "S";         // S, W, T, SW, ST, TW
  bool thought = false;             // needs a clause; never reported speech on its own
  bool reflexive = false;           // "sich" belongs to the cue
  bool report = false;              // alone (no clause) it still reports speech
  std::vector<std::string> extras;  // words that belong to the cue when in the clause
};

// One reading of a word form: the entry, and the separable particle the form needs later in
// the clause ("teilte" needs "mit"); "" when it needs none.
struct CueForm {
  const CueEntry* entry = nullptr;
  std::string particle;
};

enum class SourceClass : uint8_t {
  kNone,
  kOfficial,
  kExpert,
  kMedia,
  kInstitution,
  kPerson,
  kRole
};

enum class Lang : uint8_t { kGerman, kEnglish };

class QuoteLexicon {
 public:
  // Parses the three lexicon texts (formats in data/lexicons/*.tsv). Errors name the line.
  static Result<std::shared_ptr<const QuoteLexicon>> Load(std::string_view cues_de,
                                                          std::string_view cues_en,
                                                          std::string_view sources);
  // The lexicons compiled into the binary.
  static Result<std::shared_ptr<const QuoteLexicon>> Builtin();

  // Cue readings of a lower-cased word form; nullptr when it is no cue.
  const std::vector<CueForm>* Lookup(Lang lang, std::string_view lower) const;
  // Class of a lower-cased head noun, by exact match or the longest listed compound ending
  // (at least 4 bytes): "regierungssprecher" -> kOfficial.
  SourceClass Classify(std::string_view lower) const;
  // True for source nouns ("angaben", "polizeiangaben", "medienberichten") of the given language.
  bool IsSourceNoun(Lang lang, std::string_view lower) const;

  size_t cue_forms(Lang lang) const { return forms_[static_cast<int>(lang)].size(); }

 private:
  QuoteLexicon() = default;
  Status ParseCues(Lang lang, std::string_view text);
  Status ParseSources(std::string_view text);

  std::vector<std::unique_ptr<CueEntry>> entries_;
  std::unordered_map<std::string, std::vector<CueForm>> forms_[2];
  std::unordered_map<std::string, bool> source_nouns_[2];
  std::unordered_map<std::string, SourceClass> classes_;
};

// Lower-cases ASCII and the German capitals Ä Ö Ü (enough for lexicon keys).
std::string LowerWord(std::string_view word);

}  // namespace tri::quotes
