// Compare stage: claim alignment within a story (same question, compared with the right notion
// of equality: numbers with tolerance, dates by granularity, places by containment), a relation
// per aligned claim (agreed, contradicted, single_source, revised_over_time) with evidence spans,
// speakers, statement dates and hedging per document, and the story's sourcing audit.
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"

namespace tri {

struct CompareOptions {
  uint32_t max_facets_per_document = 300;  // comparable answers taken from one article
  uint32_t max_participant_groups = 16;    // per question key
  uint32_t max_values = 32;                // distinct values compared per question
};

// Fills story.title, story.claims and story.sourcing from the story's documents (given in the
// story's document order, i.e. time order), and each document's sourcing.exclusive_claims.
// Deterministic; linear in the story's claims up to the bounds above.
void CompareStory(Story& story, const std::vector<Document*>& docs, const CompareOptions& options);

}  // namespace tri
