// Internals of the German verb frames (frames_de.cc): the clause parts a frame is read from
// (apposition subjects, verb readings with particles, addressees, the end of the message,
// passive auxiliaries, the source of "hieß es"), defined in frames_de_clause.cc.
#pragma once

#include <cstdint>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/frame_util.h"

namespace tri::quotes::frames_de_detail {

// "Der Sprecher der Regierung, Steffen Seibert, würdigte ...": what stands before the comma is
// a noun phrase closed by an apposition (the subject), not a message.
bool IsAppositionSubject(const DocView& v, uint32_t b, uint32_t comma);

// Reporting verbs that may name whom they address ("sagte der Zeitung", "warnte X").
bool TakesAddressee(std::string_view lemma);

// Picks the reading of a verb form whose particle (if it needs one) stands in the clause; a
// form without particle whose clause ends in another verb's particle ("ruft ... zurück") is
// no cue.
const CueForm* ChooseReading(const DocView& v, uint32_t i, Clause c, uint32_t ce,
                             uint32_t* particle);

// Whether the verb ends its clause (only its own particle or auxiliary after it): then a
// leading "als"/"wie" opens a subordinate clause, not a prefield phrase ("Als Begründung sagte").
bool ClauseFinal(const DocView& v, const std::vector<uint32_t>& cue, uint32_t i, Clause c);

// To whom it was said: "sagte der Zeitung", "erklärte einem Reporter", "gegenüber Journalisten"
// (also before the verb), "vor der Presse", "zur Nachrichtenagentur dpa". The preposition
// stays out of the addressee, as in the SpkAtt annotation.
Range DativeAddressee(const DocView& v, Clause c, uint32_t v2, Range speaker);

// The first auxiliary of the clause before the cue, or i.
uint32_t aux_first(const DocView& v, Clause c, uint32_t i);

// The reported clause ends where the speaker's next main clause starts: ", sprach aber
// ...", ", räumte jedoch ein" (a comma, a verb, then aber/jedoch/zudem/auch/dann).
uint32_t MessageEnd(const DocView& v, const QuoteContext& q, uint32_t from, uint32_t ce);

// Forms of "werden"/"sein" that make a verb form passive ("wurde kritisiert").
bool IsPassiveAux(std::string_view w);

// The speaker of an impersonal "es" frame: the phrase after in/aus/von/bei/auf in the clause.
Range EsSpeaker(const DocView& v, Clause c, uint32_t skip_from, uint32_t skip_to);

}  // namespace tri::quotes::frames_de_detail
