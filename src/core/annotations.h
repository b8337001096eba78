// Annotation layers a Document carries: entities, time expressions, quotes, claims and the
// sourcing summary. All positions are Spans into Document::text. These are plain values; the
// stages that fill them live in src/annotate/*, and report/store serialise them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datetime.h"
#include "core/span.h"

namespace tri {

// ---- entities (src/annotate/entities) ----
enum class EntityType : uint8_t { kPer, kOrg, kLoc, kOth };
enum class EntityVariant : uint8_t { kPlain, kDeriv, kPart };  // GermEval "deriv"/"part"

struct EntityMention {
  Span span;
  EntityType type = EntityType::kOth;
  EntityVariant variant = EntityVariant::kPlain;
  std::string canonical;     // canonical name of the linked corpus entity ("" until linked)
  std::string canonical_id;  // id of Analysis::entities[i] ("" until linked)
  std::string role;          // role noun attached to a person ("Vereinigungsminister"), if any
  bool metonymic = false;    // a capital standing for its government ("Pjöngjang")
  bool nested = false;       // an inner (GermEval column 4) entity inside another mention
  float score = 1.0f;
};

// ---- time (src/annotate/time) ----
enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };

struct Timex {
  Span span;
  TimexType type = TimexType::kDate;
  std::string value;      // TIMEX3 value ("2025-10-31", "2025-W44", "P2Y", "XXXX-10-31", ...)
  bool resolved = true;   // false when the value could not be fully determined
  std::string mod;        // TIMEX3 mod (START, END, APPROX, BEFORE, AFTER, ...), "" if none
  std::string range_end;  // for ranges ("2017-2021"): the end value; value holds the start
  Span range_end_span;    // for ranges: the part of `span` naming the end ("2021"); empty if none
  // How the value follows from the anchor (publication date) when it does: the time stage's own
  // compact form (e.g. "k=wd;wd=4;dir=past"), used to re-resolve once an undated document's
  // date has been inferred. "" when the value does not depend on the anchor. Not part of the
  // output contract.
  std::string relative_form;
};

// Interval in which an undated document was most likely published, with the evidence.
struct InferredDate {
  Date earliest;
  Date latest;
  std::string reason;
};

// ---- quotes and sources (src/annotate/quotes) ----
enum class QuoteKind : uint8_t { kDirect, kIndirect, kMixed };

// What kind of source a speaker is. Everything but kNamed counts as not identifiable by name.
enum class SourceKind : uint8_t {
  kNamed,              // a named person or a named organisation speaking through a person
  kAnonymousOfficial,  // "ein Regierungssprecher", "aus Regierungskreisen", "ein US-Diplomat"
  kUnnamedExpert,      // "Experten", "Analysten", "ein Politikexperte der Yonsei-Universität"
  kInstitution,        // "die südkoreanische Regierung", "das Weiße Haus"
  kMediaReports,       // "US-Medienberichten zufolge"
  kUnknown,            // a quote whose speaker could not be found
};

// How the words are rendered, finer than QuoteKind (the SpkAtt-2023 forms).
enum class QuoteForm : uint8_t {
  kDirect,                // quoted verbatim, in quote marks
  kIndirect,              // reported with a frame: "X sagte, ...", "laut X ..."
  kIndirectFreeIndirect,  // Konjunktiv I carried on from an earlier frame, no cue of its own
  kReported,              // a report of a speech act without a clause ("X forderte Neuwahlen")
};

struct Quote {
  Span span;     // the whole quotation (direct: including the marks)
  Span content;  // what was said (inside the marks / the reported clause)
  QuoteKind kind = QuoteKind::kDirect;
  Span cue_span;           // reporting verb or phrase ("sagte", "laut", "zufolge"); empty if none
  std::string cue;         // its lemma from data/lexicons ("sagen", "laut")
  Span speaker_span;       // the mention naming the speaker in this sentence; empty if none
  std::string speaker;     // canonical entity name, or the anonymous description; "" if unknown
  std::string speaker_id;  // canonical entity id when linked
  bool speaker_anonymous = false;
  SourceKind source_kind = SourceKind::kUnknown;
  // Detail added by the quotes stage (not part of the output contract):
  QuoteForm form = QuoteForm::kDirect;
  Span frame;  // the reporting clause around cue and speaker ("sagte er am Freitag,")
  std::vector<Span> cue_parts;  // every word of the cue, e.g. "hatte" "gesagt", "teilte" "mit"
  Span addressee;  // to whom it was said ("forderte die Staatschefs auf"); may be empty
  std::vector<Span> fragments;  // quoted fragments inside an indirect quote (kind kMixed)
  int speaker_mention = -1;     // index into Document::entities the speaker resolves to, or -1
  std::string medium = "S";  // as the cue lexicon says: S speech, W writing, T thought, SW, ST, TW
};

// ---- claims (src/annotate/claims) ----
enum class Modality : uint8_t { kAsserted, kHedged, kReported, kSpeculative, kNegated };

// A typed piece of a claim: who, what, number, unit, date, place, role, topic...
struct ClaimSlot {
  std::string name;        // "who", "what", "number", "unit", "date", "place", "role", "topic", ...
  std::string value;       // as stated in the text
  std::string normalized;  // comparable form ("2019", "Q123 Panmunjom", "0.2", ...); "" if none
  Span span;
};

struct Claim {
  std::string id;  // stable within the document: "<document id>:c<index>"
  Span span;
  Modality modality = Modality::kAsserted;
  std::string source;  // speaker (canonical or anonymous description); "" = the outlet itself
  SourceKind source_kind = SourceKind::kUnknown;
  int quote = -1;  // index into Document::quotes when the claim comes from a quote
  std::vector<ClaimSlot> slots;
  std::vector<Span> hedges;  // the words that make it hedged/speculative/negated
  bool negated = false;      // a negation holds in the claim, whatever its modality above
};

// How an article is sourced (src/annotate/claims fills it; compare adds corpus facts).
struct Sourcing {
  int named_sources = 0;
  int anonymous_sources = 0;
  int quotes_without_speaker = 0;
  bool agency_copy = false;
  std::string agency;
  bool missing_date = false;
  bool missing_author = false;
  int claims = 0;
  int hedged_claims = 0;
  double hedged_share = 0.0;
  std::vector<std::string> named;      // distinct named sources
  std::vector<std::string> anonymous;  // distinct anonymous/vague sources as described
  int exclusive_claims = 0;            // claims no other outlet in the story carries
  std::vector<std::string> flags;      // e.g. "anonymous_only", "no_date", "agency_copy"
  // Named speakers who are themselves actors of the story (quoted on their own plans or
  // positions, e.g. the two leaders of a planned meeting): listed, but not counted as sources.
  std::vector<std::string> quoted_actors;
  // Story-level totals (compare fills them on Story::sourcing; 0 on documents).
  int documents = 0;
  int agency_copies = 0;
  int documents_missing_date = 0;
  int documents_missing_author = 0;
  int anonymous_only_documents = 0;
};

std::string_view ToString(EntityType t);
std::string_view ToString(EntityVariant v);
std::string_view ToString(TimexType t);
std::string_view ToString(QuoteKind k);
std::string_view ToString(SourceKind k);
std::string_view ToString(Modality m);

// GermEval-style label stem: "PER", "LOCderiv", "ORGpart".
std::string GermEvalLabel(EntityType t, EntityVariant v);

}  // namespace tri
