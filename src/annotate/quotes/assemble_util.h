// Helpers shared by Assemble (assemble.cc), the unframed quotations (unframed.cc) and the
// Konjunktiv continuations (continuation.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "annotate/quotes/attribution.h"

namespace tri::quotes {

// Units in the same block or in consecutive blocks.
bool SameOrNextBlock(const DocView& v, uint32_t u_prev, uint32_t u_next);
// The unit's first token after leading dashes.
uint32_t FirstContentToken(const DocView& v, const Unit& u);
// Fits a frame's message to the quotations it touches (a whole quotation makes it direct,
// quotations inside it are fragments) and marks those regions used.
void FitToRegions(const DocView& v, const QuoteContext& q, Attribution& a, std::vector<char>& used);
// Whether the unit has a verb in Konjunktiv I (and, with allow_ii, Konjunktiv II).
bool UnitHasMood(const DocView& v, const QuoteContext& q, const Unit& u, bool allow_ii);
// The subject of a unit when it names someone who could speak (a name, role or institution).
Range SpeakingSubject(const DocView& v, const QuoteContext& q, const Unit& u);

void AttributeUnframed(const DocView& v, const QuoteContext& q, const AssembleOptions& options,
                       const std::vector<char>& unit_framed, const std::vector<char>& used,
                       std::vector<Attribution>& all);
void AddContinuations(const DocView& v, const QuoteContext& q, const AssembleOptions& options,
                      const std::vector<char>& unit_framed, std::vector<Attribution>& all);

}  // namespace tri::quotes
