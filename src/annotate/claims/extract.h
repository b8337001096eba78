// Internal pieces of the claims stage: modality (hedges, Konjunktiv II, negation), likelihood
// and stance readings, and the slot finders. All work on token ranges of a DocView; `body`
// excludes the reporting frame of a quote ("Chung sagte am Freitag vor Journalisten"), so a
// claim's slots describe what was said, not who said it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annotate/claims/clauses.h"
#include "annotate/claims/doc_view.h"
#include "core/annotations.h"

namespace tri::claims {

// Tokens [begin, end) of a clause minus the tokens of any quote's reporting frame.
struct Body {
  uint32_t begin = 0, end = 0;
  std::vector<bool> in;  // in[k - begin]: token k belongs to the body
  bool Contains(uint32_t k) const { return k >= begin && k < end && in[k - begin]; }
};

struct ModalityReading {
  Modality modality = Modality::kAsserted;
  bool negated = false;
  std::vector<Span> hedges;  // hedge, likelihood, speculative and negation words
};

struct LikelihoodReading {
  std::string level;  // very_low, low, medium, high, very_high ("" if none)
  std::string of;     // "occur" or "success"
  Span span;          // the words that say it
};

struct StanceReading {
  std::string value;  // ready, unwilling, no_statement, commented ("" if none)
  Span span;
};

// What earlier clauses of the document leave for later ones: the last frame and event (for
// "die Chancen dafür", relative clauses), the last locative place (for "wo"), recent persons
// (for "die beiden Staatschefs", pronouns) and the last state named (for "das Regime").
struct ClaimContext {
  std::string frame;
  uint32_t frame_sentence = 0;
  ClaimSlot event;
  uint32_t event_sentence = 0;
  ClaimSlot place;
  uint32_t place_sentence = 0;
  struct Person {
    std::string key;
    std::string text;
    Span span;
  };
  std::vector<Person> persons;               // newest last, at most 8, distinct keys
  int state = -1;                            // gazetteer index
  std::vector<ClaimSlot> meet_participants;  // of the last meeting with two or more named
  uint32_t meet_sentence = 0;
};

ModalityReading ReadModality(const DocView& v, const Body& body, bool attributed);
LikelihoodReading ReadLikelihood(const DocView& v, const Body& body);
StanceReading ReadStance(const DocView& v, const Body& body, bool has_frame);

// Slot finders; each appends ClaimSlots to `slots`.
void FindFrames(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots);
void FindPlaces(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots);
void FindDates(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots);
void FindNumbers(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots);
void FindPeople(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots);
// The party whose stance it is: first subject-like person, state or anaphor of the body.
// `person`, when given, receives the holder's person key even where the holder is keyed by
// the state the person leads ("er" in "er hoffe, Kim zu treffen" -> Trump).
ClaimSlot FindHolder(const DocView& v, const Body& body, const ClaimContext& ctx,
                     const std::string& speaker_key, std::string* person = nullptr);
// Meeting participants: the holder of a wish to meet ("er hoffe, Kim zu treffen"), persons of
// the body (not the speaker), the speaker for "ich", then the participants of the last meeting
// named ("ein solches Gespräch") or, failing that, recent persons.
void FindParticipants(const DocView& v, const Body& body, const ClaimContext& ctx,
                      const std::string& speaker_key, const std::string& holder_key,
                      Span holder_span, std::vector<ClaimSlot>& slots);

// The first slot named `name`, or nullptr.
const ClaimSlot* FindSlot(const std::vector<ClaimSlot>& slots, std::string_view name);

Span SpanOf(const DocView& v, uint32_t b, uint32_t e);  // tokens [b, e) as a byte span

}  // namespace tri::claims
