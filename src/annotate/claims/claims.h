// Claims stage: the propositions an article puts forward (one per clause: a sentence with
// several clauses gives several claims), each with its source (the quote covering it, else the
// outlet), its modality (asserted, reported, hedged, speculative, negated) and its slots (who,
// what, event, qualifier, tense, place, date, number + unit, likelihood, stance + holder,
// participants, statement date, update language, role); and the article's sourcing summary.
#pragma once

#include <memory>

#include "core/document.h"
#include "core/status.h"

namespace tri {

namespace claims {  // the stage's internals (lexicon.h, places.h, ...)
class CueLexicon;
class Gazetteer;
}  // namespace claims

struct ClaimOptions {
  uint32_t max_clause_tokens = 80;  // longer clauses are cut (bounds a 10,000-token sentence)
  uint32_t max_claims = 5000;       // per document
};

// Immutable and thread-safe once created (holds the hedge/modality lexicons and gazetteer).
class ClaimExtractor {
 public:
  static Result<std::shared_ptr<const ClaimExtractor>> Create(const ClaimOptions& options);
  // Fills doc.claims and doc.sourcing; needs tokens, sentences, entities, timex and quotes.
  void Annotate(Document& doc) const;

  const claims::CueLexicon& lexicon() const { return *lexicon_; }
  const claims::Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  ClaimExtractor() = default;
  ClaimOptions options_;
  std::shared_ptr<const claims::CueLexicon> lexicon_;
  std::shared_ptr<const claims::Gazetteer> gazetteer_;
};

}  // namespace tri
