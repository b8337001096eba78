// The per-document half of entity linking: what each mention of a document is called, which
// key it links under, and which other keys it is known to be the same as. linking.cc unites the
// keys across documents.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annotate/entities/gazetteer.h"
#include "core/document.h"

namespace tri::ner {

struct MentionKey {
  std::string key;   // union-find key: "g:KP", "per:donald trump", "org:ldp"; "" = not linked
  std::string name;  // display-name candidate, genitive stripped ("Trump", "Südkorea")
  EntityType type = EntityType::kOth;
  std::string gaz_id;                    // gazetteer id when the mention resolved to one
  std::string affiliation;               // persons: the affiliation's canonical name ("Südkorea")
  std::vector<std::string> unite_with;   // keys known to name the same entity
  std::vector<std::string> name_tokens;  // persons: MatchKey of each name token
};

// One key per doc.entities[i] (same order).
std::vector<MentionKey> MentionKeys(const Document& doc, const Gazetteer& gaz);

// The entity type a gazetteer id stands for (organisations -> ORG, places -> LOC).
EntityType TypeOfGazId(const Gazetteer& gaz, std::string_view id, EntityType fallback);

// "e:" + 16 hex digits of the type and key: stable across runs and machines.
std::string CanonicalIdFor(EntityType type, std::string_view key);

// Whether `a` is a better display name for a person than `b` (more words, then longer, then
// alphabetically first, so the choice does not depend on input order).
bool BetterPersonName(const std::string& a, const std::string& b);

}  // namespace tri::ner
