// Training of NerModel by the averaged structured perceptron (Collins 2002) with first-order
// Viterbi decoding. Deterministic: sentences are visited in an order fixed by a seeded
// splitmix64 shuffle (no std::shuffle, whose algorithm differs between standard libraries), and
// the averaged weights are written in key order. Single-threaded by design.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annotate/entities/features.h"
#include "annotate/entities/model.h"

namespace tri::ner {

struct TrainingSentence {
  SentenceFeatures features;
  std::vector<uint16_t> gold;  // label indices into the label list given to Train
};

struct TrainOptions {
  int epochs = 12;
  uint64_t seed = 2014;
  // Averaged weights with |w| below this are dropped from the model (keeps it compact).
  float min_weight = 1e-3f;
};

NerModel TrainPerceptron(const std::vector<TrainingSentence>& data,
                         const std::vector<std::string>& labels, const TrainOptions& options);

}  // namespace tri::ner
