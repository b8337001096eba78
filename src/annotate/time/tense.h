// Tense and mood of the clause around a time expression, from the lexicon's cue words (finite
// past forms, future/modal auxiliaries, participles after a perfect auxiliary, English "-ed").
// Decides which Friday "am Freitag" is: "sagte am Freitag" looks back, "soll am Donnerstag
// kommen" and "wird am Donnerstag" look ahead.
#pragma once

#include <cstddef>

#include "annotate/time/pieces.h"
#include "annotate/time/resolve.h"

namespace tri::timex {

// Tense around pieces [at_begin, at_end) within the sentence [sent_begin, sent_end). Cues in
// the same clause weigh most; each clause boundary (comma, quote, "dass") between a cue and the
// expression halves its weight again.
Tense ClauseTense(const Pieces& pieces, size_t sent_begin, size_t sent_end, size_t at_begin,
                  size_t at_end, uint8_t langs);

}  // namespace tri::timex
