// Alignment: facets grouped into questions (same key, compatible participants), each question's
// answers compared (values.h) and a relation decided: agreed, contradicted, single_source,
// revised_over_time. Bounded for large stories: facets are bucketed by key (hashing, not
// pairwise), each bucket splits into at most `max_clusters` participant groups, and values are
// compared per distinct value, not per document pair. Internal to src/compare.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annotate/claims/places.h"
#include "compare/facets.h"
#include "core/analysis.h"

namespace tri::comparison {

using claims::Gazetteer;

struct AlignLimits {
  uint32_t max_clusters = 16;     // participant groups per question key
  uint32_t max_values = 32;       // distinct values compared per question
  uint32_t max_other_values = 8;  // further statements kept per document and question
};

struct AlignResult {
  std::vector<ComparedClaim> claims;       // ids not yet assigned
  std::vector<std::vector<bool>> carried;  // [doc][claim]: answered by another document too
};

AlignResult AlignFacets(const std::vector<Facet>& facets, const std::vector<Document*>& docs,
                        const Gazetteer& gaz, const AlignLimits& limits);

// A readable question for a facet group ("Where did Donald Trump and Kim Jong Un last meet?").
std::string StatementFor(const Facet& f, const std::vector<std::string>& participant_names,
                         const std::string& holder_name, const Gazetteer& gaz);

}  // namespace tri::comparison
