// Roles, affiliations and metonymy read off the words around a mention, within one document:
//   "Südkoreas Vereinigungsminister Chung Dong Young"  -> role "Vereinigungsminister",
//                                                         affiliation "Südkoreas" (a LOC mention)
//   "US-Präsident Donald Trump"                        -> role "US-Präsident", affiliation "US"
//   "Lin Mei Hua, der stellvertretenden Innenministerin der taiwanischen Regierung"
//                                                      -> role "Innenministerin", affiliation
//                                                         "taiwanischen"
//   "Dialog mit Pjöngjang" (a capital, not after a locative preposition) -> metonymic
#pragma once

#include <cstddef>
#include <string>

#include "annotate/entities/gazetteer.h"
#include "core/document.h"

namespace tri::ner {

struct RoleContext {
  std::string role;         // the role word as written, inflection stripped ("Präsident")
  std::string affiliation;  // the text naming the affiliation ("Südkoreas", "US", "japanischen")
  Span role_span;           // where the role word is; empty if none
};

// Role context of doc.entities[mention] (a PER mention); empty role when none is found.
RoleContext FindRoleContext(const Document& doc, size_t mention, const Gazetteer& gaz);

// True when the token at `token` is a role noun ("Präsidenten", "US-Präsident",
// "Vereinigungsminister"); sets `base` to the uninflected form as written.
bool IsRoleWord(std::string_view token, const Gazetteer& gaz, std::string* base = nullptr);

// Sets EntityMention::role for persons and ::metonymic for capitals used for their government.
void MarkRolesAndMetonymy(Document& doc, const Gazetteer& gaz);

// Index of the token that starts at or covers byte `offset`; doc.tokens.size() if none.
size_t TokenAt(const Document& doc, uint32_t offset);

}  // namespace tri::ner
