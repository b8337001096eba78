// Helpers shared by the frame finders: the clause around a cue, what follows it (a clause, a
// quotation, a colon at the sentence end), the subject of a verb frame, and the per-unit tidy-up.
#pragma once

#include <cstdint>
#include <vector>

#include "annotate/quotes/attribution.h"

namespace tri::quotes {

// der die das dem den deren dessen denen welche(r/s), who, which.
bool IsRelativePronoun(std::string_view lower);

struct Clause {
  uint32_t L = 0, R = 0;  // tokens [L, R): from after the previous separator to the next one
};

// The clause around token i inside [b, ce): separators and quote regions bound it.
Clause ClauseAround(const DocView& v, const QuoteContext& q, uint32_t i, uint32_t b, uint32_t ce);

// What the reporting clause `c` (cue at i) introduces.
struct Complement {
  enum Kind { kNone, kClause, kQuote, kColonEnd } kind = kNone;
  int32_t region = -1;  // for kQuote: index into QuoteContext::regions
};
Complement FindComplement(const DocView& v, const QuoteContext& q, Clause c, uint32_t i,
                          uint32_t ce);

// The subject of a verb frame whose finite verb is at v2: the phrase filling the prefield
// (possibly with appositions before commas) or, after a non-nominal prefield, the phrase
// right after the verb.
struct Subject {
  Range speaker;
  uint32_t frame_start = 0;  // where the frame begins (the apposition's start, or c.L)
  bool before_verb = false;
};
Subject FindSubject(const DocView& v, const QuoteContext& q, uint32_t b, Clause c, uint32_t v2,
                    uint32_t ce);

// The phrase right after the finite verb at v2 ("sagte der Minister"), skipping "sich",
// adverbs and time phrases ("sagte am Freitag der Minister").
Range AfterVerb(const DocView& v, uint32_t v2, uint32_t limit);

// The agent of a passive frame: the phrase after "von"/"vom"/"durch" in [from, to).
Range AgentPhrase(const DocView& v, uint32_t from, uint32_t to);

// Adds the reflexive and the extra words of `entry` that stand in the clause to `cue`.
void AddCueExtras(const DocView& v, Clause c, const CueEntry* entry, std::vector<uint32_t>& cue);

// First separator or quote token at or after `from` (bounded by ce).
uint32_t ExtendToSeparator(const DocView& v, const QuoteContext& q, uint32_t from, uint32_t ce);

// First noun token of a phrase (its head noun for "Angaben der Polizei"); UINT32_MAX if none.
uint32_t FirstNoun(const DocView& v, Range r);

// The phrase frame (laut, zufolge, nach, so, wonach/demnach) of cue word i, if it is one.
void GermanPhraseFrame(const DocView& v, const QuoteContext& q, uint32_t unit, uint32_t i,
                       const CueEntry* entry, std::vector<Attribution>& out);

// Per unit: drops duplicate frames of one message, keeps reported speech only where nothing
// else was found, and ends a leading frame's message where a trailing frame begins.
void TidyUnitFrames(const DocView& v, std::vector<Attribution>& frames);

}  // namespace tri::quotes
