// Proposition alignment: claims that say the same thing in different documents although no
// typed slot ties them ("Das Landeskriminalamt hat die Ermittlungen übernommen" / "the state
// criminal police office is investigating"), found by the names, numbers, dates, event frames
// and words they share, each weighted by how rare it is in the story. Across languages only the
// language-neutral features (names, numbers, dates, frames) count. Linear in the story's claims:
// an inverted index with capped posting lists, no pairwise comparison. Internal to src/compare.
#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis.h"

namespace tri::comparison {

struct PropositionLimits {
  double min_similarity = 0.4;  // shared weight / the smaller claim's weight
  uint32_t max_postings = 400;  // a feature in more claims than this is not used
  uint32_t max_features = 64;   // per claim
  uint32_t max_single_per_document = 100;
};

// Adds "what" compared claims to `out`: agreed for claims several documents carry, single_source
// for the rest of the claims that are in no other compared claim. `carried[d][c]` is true for
// claims already answered by another document (typed facets); it is updated. `compared[d][c]`
// is true for claims that already appear in some compared claim.
void AlignPropositions(const std::vector<Document*>& docs, std::vector<std::vector<bool>>& carried,
                       const std::vector<std::vector<bool>>& compared,
                       const PropositionLimits& limits, std::vector<ComparedClaim>& out);

}  // namespace tri::comparison
