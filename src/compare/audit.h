// Sourcing audit: which claims no other outlet in the story carries (exclusive claims), and the
// story-level totals of the documents' sourcing summaries. Internal to src/compare.
#pragma once

#include <vector>

#include "core/analysis.h"

namespace tri::comparison {

// Sets each document's sourcing.exclusive_claims: its claims that `carried` (from the typed
// and the proposition alignment) does not mark as carried by another document.
void CountExclusiveClaims(const std::vector<Document*>& docs,
                          const std::vector<std::vector<bool>>& carried);

// Story totals: distinct named/anonymous sources, agency copies, undated/unauthored documents,
// hedged share, exclusive claims, anonymous-only documents, and flags.
Sourcing StorySourcing(const std::vector<Document*>& docs);

}  // namespace tri::comparison
