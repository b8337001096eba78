// Entities stage: named-entity recognition (PER, ORG, LOC, OTH with GermEval deriv/part
// variants, outer and nested) per document, and linking of mentions across documents to
// canonical entities (aliases, exonyms, abbreviations, roles, affiliations, metonymic capitals).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"
#include "core/status.h"

namespace tri {

namespace ner {
class FeatureExtractor;
class Gazetteer;
class Lexicon;
class NerModel;
}  // namespace ner

struct EntityOptions {
  // Empty: use the model compiled into the binary (data/ner/model.bin). Otherwise a file
  // written by tools/ner/ner_train.
  std::string model_path;
  // Empty: the gazetteer compiled into the binary (data/ner/gazetteer.tsv).
  std::string gazetteer_path;
  // Empty: the lexicon compiled into the binary (data/ner/lexicon.bin). A model must be used
  // with the lexicon it was trained with.
  std::string lexicon_path;
};

// GermEval labels ("B-PER", "I-LOCderiv", "O") of one pre-tokenised sentence.
struct SentenceLabels {
  std::vector<std::string> outer, inner;
};

// Immutable and thread-safe once created: share one instance across threads.
class EntityRecognizer {
 public:
  static Result<std::shared_ptr<const EntityRecognizer>> Create(const EntityOptions& options);
  // From in-memory data: the gazetteer TSV, the lexicon bytes (empty: none) and the model bytes
  // (outer then inner model).
  static Result<std::shared_ptr<const EntityRecognizer>> FromData(std::string_view gazetteer_tsv,
                                                                  std::string_view lexicon_bytes,
                                                                  std::string_view model_bytes);
  // `lexicon` may be null (for models trained without one).
  static Result<std::shared_ptr<const EntityRecognizer>> FromParts(
      std::shared_ptr<const ner::Gazetteer> gazetteer, std::shared_ptr<const ner::Lexicon> lexicon,
      std::string_view model_bytes);

  // Fills doc.entities from doc.tokens/doc.sentences (AnalyzeText must have run), sorted by
  // span, with roles of persons and metonymic capitals marked (canonical names come later,
  // from LinkEntities).
  void Annotate(Document& doc) const;

  // Tags one sentence given as tokens (the `annotate --conll` path).
  SentenceLabels TagTokens(const std::vector<std::string_view>& tokens) const;

  const ner::Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  EntityRecognizer() = default;

  std::shared_ptr<const ner::Gazetteer> gazetteer_;
  std::shared_ptr<const ner::FeatureExtractor> features_;
  std::shared_ptr<const ner::NerModel> outer_, inner_;
};

// The gazetteer compiled into the binary, parsed once (immutable, shared).
std::shared_ptr<const ner::Gazetteer> DefaultGazetteer();
// The lexicon compiled into the binary (data/ner/lexicon.bin), parsed once.
std::shared_ptr<const ner::Lexicon> DefaultLexicon();

// Groups mentions across `docs` into canonical entities (sorted by id) and sets each mention's
// canonical/canonical_id/role/metonymic fields.
std::vector<CanonicalEntity> LinkEntities(std::vector<Document>& docs);

}  // namespace tri
