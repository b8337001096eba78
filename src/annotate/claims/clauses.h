// Clause segmentation for claims: a sentence is cut at commas, semicolons, colons, dashes and
// (defensively, should the sentence splitter have missed one) sentence-final punctuation; pieces
// without a verb (appositions, "laut X" phrases, trailing adverbials) are merged into a
// neighbour, and zu-infinitives into the clause they complete. Every clause is capped at
// `max_tokens`, so a 10,000-token "sentence" yields bounded pieces. Internal to the claims stage.
#pragma once

#include <cstdint>
#include <vector>

#include "annotate/claims/doc_view.h"

namespace tri::claims {

enum class ClauseKind : uint8_t {
  kMain,
  kRelative,       // "..., der in der Hauptstadt stattfinden wird": refers back to a noun
  kRelativePlace,  // "..., wo der Gipfel stattfindet": refers back to a place
  kSubordinate,    // dass, weil, ob, wenn, ...
  kCoordinate,     // und, aber, doch, ...
};

struct Clause {
  uint32_t begin = 0, end = 0;  // tokens [begin, end), punctuation at the edges trimmed
  uint32_t sentence = 0;
  ClauseKind kind = ClauseKind::kMain;
  bool question = false;  // the sentence ends in "?"
  bool has_verb = false;
};

// Clauses of sentence `s` of the document, in order.
std::vector<Clause> SplitClauses(const DocView& v, uint32_t s, uint32_t max_tokens = 80);

// Whether token i looks like a finite verb or participle (lexicon or German/English endings).
bool LooksLikeVerb(const DocView& v, uint32_t i, uint32_t clause_begin);

}  // namespace tri::claims
