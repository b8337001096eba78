// Corrections applied after the statistical tagger, where the GermEval training data is too
// small to teach the model a pattern that news text is full of:
//  - sentence level (also in `annotate --conll`): role words are not part of a name
//    ("Kaiser Naruhito" -> "Naruhito"); capitalised words right after a role word are a person
//    ("Vereinigungsminister Chung Dong Young"); a one-word person/other that is a country name
//    is a place ("Chinas"); a leading place compound is no part of a name ("Asien-Reise Donald
//    Trump"); a name followed by ", dem ... Sicherheitsberater" is a person.
//  - document level: a person named in full once is found again by surname or first name
//    ("Donald Trump" ... "Trump", "Trumps").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annotate/entities/gazetteer.h"
#include "core/document.h"

namespace tri::ner {

void ApplySentenceRules(const std::vector<std::string_view>& tokens, const Gazetteer& gaz,
                        std::vector<std::string>& outer);

// Adds PER mentions for untagged tokens that repeat a word of a person named in the document.
// doc.entities must be sorted by span; stays sorted.
void PropagatePersonNames(Document& doc);

}  // namespace tri::ner
