// Training of the shipped recogniser from GermEval sentences: the outer model on column 3, the
// inner model on column 4 with the (gold) outer labels as extra features. Shared by
// tools/ner/ner_train, tools/ner/ner_eval (cross-validation) and the accuracy test.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "annotate/entities/augment.h"
#include "annotate/entities/conll.h"
#include "annotate/entities/gazetteer.h"
#include "annotate/entities/lexicon.h"
#include "annotate/entities/trainer.h"

namespace tri::ner {

// The fixed label set: O, then B-/I- of PER, ORG, LOC, OTH x (plain, deriv, part).
const std::vector<std::string>& GermEvalLabels();

struct NerTrainOptions {
  TrainOptions outer;
  TrainOptions inner{.epochs = 8};
  AugmentOptions augment;  // the outer model also trains on these copies
};

// The model bytes EntityRecognizer::FromData/FromParts read (outer model, then inner model).
std::string TrainRecognizerModel(const std::vector<ConllSentence>& data,
                                 std::shared_ptr<const Gazetteer> gazetteer,
                                 std::shared_ptr<const Lexicon> lexicon,
                                 const NerTrainOptions& options);

// Fold f of k: contiguous blocks of sentences (sentence i is in fold i * k / n), so sentences
// that sit next to each other in the file land in the same fold.
bool InFold(size_t sentence, size_t total, int fold, int folds);

}  // namespace tri::ner
