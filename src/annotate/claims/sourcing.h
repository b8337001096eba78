// The sourcing summary of one article: who the article's information comes from (named people,
// anonymous or vague sources, quotes without a speaker), whether it is agency copy, whether date
// and author are missing, and how much of it is hedged. Internal to the claims stage.
#pragma once

#include <vector>

#include "annotate/claims/doc_view.h"
#include "core/annotations.h"

namespace tri::claims {

Sourcing SummarizeSourcing(const DocView& v, const std::vector<Claim>& claims);

}  // namespace tri::claims
