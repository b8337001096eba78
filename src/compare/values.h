// Value equality for claim comparison, with the right notion per kind of value: places by
// containment (Seoul lies inside Südkorea: compatible, Seoul more specific), dates by granularity
// (2019 and 2019-02 compatible; 2018 and 2019 not), numbers as intervals with their bounds
// ("mindestens 120" vs "150": compatible), likelihoods on a five-step scale (two steps apart is a
// contradiction), stances by polarity (ready vs no public statement: a contradiction).
#pragma once

#include <string>
#include <string_view>

#include "annotate/claims/places.h"

namespace tri::comparison {

using claims::Gazetteer;

enum class Agreement : uint8_t {
  kSame,        // the same value
  kCompatible,  // both can be true (one more specific, an overlap, neighbouring levels)
  kConflict,    // both cannot be true
};

struct ValueComparison {
  Agreement agreement = Agreement::kSame;
  int specificity = 0;  // > 0: a is more specific than b; < 0: b is; 0: neither
  std::string note;     // why, for ComparedClaim::note ("Seoul lies inside Südkorea")
};

// `slot` is the compared slot ("place", "date", "number", "likelihood", "stance"); a and b are
// ClaimSlot::normalized values.
ValueComparison CompareValues(const Gazetteer& gaz, std::string_view slot, std::string_view a,
                              std::string_view b);

// A display name for a normalized place ("geo:1835848" -> "Seoul"; "loc:xyz" -> "xyz").
std::string PlaceName(const Gazetteer& gaz, std::string_view id);

// Five-step likelihood index (very_low 0 .. very_high 4), -1 if unknown.
int LikelihoodIndex(std::string_view level);

}  // namespace tri::comparison
