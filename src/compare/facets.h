// Facets: the comparable answers a claim gives, one per question it answers. "Die beiden
// Staatschefs trafen sich zuletzt 2019 in Panmunjom" answers "where did Trump and Kim last
// meet?" (place) and "when did they last meet?" (date). A facet's key names the question
// without its participants (frame, qualifier, event, holder, measure); participants are matched
// separately because "Trump" and "Donald Trump" must meet. Internal to src/compare.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"

namespace tri::comparison {

struct Facet {
  uint32_t doc = 0;         // index into the story's documents
  uint32_t claim = 0;       // index into Document::claims
  std::string slot;         // "place", "date", "number", "likelihood", "stance"
  std::string key;          // the question: slot|frame|qualifier|event|holder|measure|tense
  bool functional = false;  // one true answer expected (last meeting, event venue, a figure)
  std::string frame, qualifier, event, event_name, holder, holder_name, measure, tense;
  std::vector<std::string> participants;       // person keys (folded canonical names)
  std::vector<std::string> participant_names;  // as written
  std::string value, normalized;
  std::string unit_text;  // numbers: the unit as written ("Terminals")
  Span value_span;
  bool update = false;  // the claim carries update language ("inzwischen", "korrigiert")
};

// Facets of the story's documents, at most `max_per_doc` per document, in document/claim order.
std::vector<Facet> ExtractFacets(const std::vector<Document*>& docs, uint32_t max_per_doc);

// Maps compound units to their head where the story has both ("Containerterminals" counted in
// one report, "Terminals" in another). ExtractFacets applies it.
void NormalizeCompoundUnits(std::vector<Facet>& facets);

// The folded canonical name of the person mentioned at `span` (after entity linking), else
// `fallback`.
std::string CanonicalPersonKey(const Document& doc, Span span, const std::string& fallback);

}  // namespace tri::comparison
