// Speakers: turns an attribution's speaker phrase into who spoke. Named entities overlapping
// the phrase win (doc.entities from the entities stage); pronouns ("er") and definite role
// nouns ("der Republikaner", "der Minister") resolve to the most recent compatible person of the
// article; unnamed sources are typed from the head noun (official, expert, private person,
// institution, media reports) and described as written. Without entities (the NER not run or
// silent) capitalised words after role nouns stand in for person names.
#pragma once

#include <string>
#include <vector>

#include "annotate/quotes/attribution.h"
#include "core/annotations.h"

namespace tri::quotes {

struct SpeakerResult {
  std::string name;  // canonical/local full name, or the description as written; "" if unknown
  int mention = -1;  // index into doc.entities when resolved to a mention
  SourceKind kind = SourceKind::kUnknown;
  bool anonymous = false;
  bool person = false;  // resolved to a named person (a valid antecedent for "er")
  char gender = 0;      // 'm', 'f', or 0 when unknown (from role nouns: "Ministerin")
  uint32_t unit = 0;
};

// German role nouns: 'f' for feminine ones ("Ministerin", "Sprecherinnen"), 'm' for the
// others; 0 for English.
char RoleGender(std::string_view role, Lang lang);

class SpeakerResolver {
 public:
  SpeakerResolver(const DocView& v, const QuoteContext& q);
  // `earlier`: the results of the attributions before this one (for "fügte er hinzu").
  SpeakerResult Resolve(const Attribution& a, const std::vector<SpeakerResult>& earlier) const;

 private:
  struct Person {
    uint32_t tok = 0;
    std::string name;
    std::string role;  // lower-cased role noun attached to the mention ("vereinigungsminister")
    int mention = -1;
    char gender = 0;  // 'm' or 'f' from a role noun ("Regierungschefin"), 0 if unknown
  };
  void CollectPersons();
  std::string LocalName(std::string_view text) const;
  // The person a pronoun or role noun at `pos` refers to; `gender` 'm'/'f' excludes the other.
  const Person* Antecedent(uint32_t pos, std::string_view role, char gender,
                           const std::vector<SpeakerResult>& earlier,
                           SpeakerResult* from_earlier) const;
  SpeakerResult ResolveRange(Range r, const std::vector<SpeakerResult>& earlier) const;
  SpeakerResult ResolveEnglish(Range r, const std::vector<SpeakerResult>& earlier) const;
  SpeakerResult FromEntity(int mention, Range r) const;
  SpeakerResult Describe(Range r, SourceKind kind, bool anonymous) const;

  const DocView& v_;
  const QuoteContext& q_;
  std::vector<int> entity_at_;   // token -> outermost entity mention covering it, -1 if none
  std::vector<Person> persons_;  // in token order
};

}  // namespace tri::quotes
