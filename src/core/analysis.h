// Analysis: what triangulate says about a set of documents: the documents with their layers,
// the canonical entities they mention, the stories they form with the claim-by-claim comparison,
// and the syndicated (near-copy) pairs. Deterministic: every vector is sorted by a stable key.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/annotations.h"
#include "core/document.h"

namespace tri {

// A corpus-level entity that mentions in several documents link to.
struct CanonicalEntity {
  std::string id;    // stable: "e:" + hash of type and canonical name
  std::string name;  // "Donald Trump"
  EntityType type = EntityType::kOth;
  std::vector<std::string> aliases;  // every surface form seen ("Trump", "US-Präsident Trump")
  std::vector<std::string> roles;    // "US-Präsident", "Vereinigungsminister"
  std::vector<std::string> affiliations;  // "Südkorea", "LDP"
  std::string stands_for;                 // metonymy: "Pjöngjang" -> canonical id of North Korea
  int mentions = 0;
};

// One dated item of a story's timeline.
struct TimelineEntry {
  std::string when;      // TIMEX3 value ("2025-10-31", "2019", "2025-W44")
  std::string document;  // document id
  Span span;             // evidence in that document
  std::string text;      // the evidence text
  std::string kind;      // "event", "statement", "publication"
  std::string speaker;   // for statements
};

enum class Relation : uint8_t { kAgreed, kContradicted, kSingleSource, kRevisedOverTime };
std::string_view ToString(Relation r);

// What one document says on a compared claim.
struct ClaimValue {
  std::string value;       // as stated
  std::string normalized;  // as compared
  Span evidence;
  std::string claim_id;  // Document::claims[i].id
  std::string speaker;
  Modality modality = Modality::kAsserted;
  SourceKind source_kind = SourceKind::kUnknown;  // meaningful when speaker is not empty
  std::string date;       // when it was said: TIMEX3 of the statement ("am Freitag"), else the
                          // document's publication date; "" if neither is known
  std::string date_text;  // the words dating the statement, if any
};

// One question the story's articles answer (where did they last meet? how likely is the meeting?)
// with each article's answer and how they relate.
struct ComparedClaim {
  std::string id;         // stable within the story
  std::string statement;  // human-readable question/proposition
  std::string slot;  // what is compared: "place", "likelihood", "stance", "date", "number", ...
  std::map<std::string, ClaimValue> values;  // document id -> its value
  Relation relation = Relation::kSingleSource;
  std::vector<std::string> hedged_in;  // document ids that hedge it
  std::string note;                    // why this relation (e.g. "Seoul is inside Südkorea")
  // Further statements of a document on the same question (another speaker, a later
  // paragraph), in document order; `values` holds each document's main statement.
  std::vector<std::pair<std::string, ClaimValue>> other_values;
};

struct Story {
  std::string id;
  std::string title;
  std::vector<std::string> documents;  // document ids, in time order
  std::vector<TimelineEntry> timeline;
  std::vector<ComparedClaim> claims;
  Sourcing sourcing;  // story-level totals
};

struct SyndicationPair {
  std::string a, b;      // document ids, a < b
  std::string original;  // the likely original of the two ("" if undecidable)
  double similarity = 0.0;
};

struct Analysis {
  std::vector<Document> documents;
  std::vector<CanonicalEntity> entities;
  std::vector<Story> stories;
  std::vector<SyndicationPair> syndication;
};

}  // namespace tri
