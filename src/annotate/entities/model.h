// NerModel: a first-order linear-chain tagger over BIO labels (averaged-perceptron weights):
// sparse per-feature label weights looked up by feature hash, label transition weights, and
// Viterbi decoding restricted to well-formed BIO sequences (I-X only after B-X or I-X). The
// binary form is what tools/ner/ner_train writes to data/ner/model.bin. Immutable after load.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate/entities/features.h"
#include "core/status.h"

namespace tri::ner {

// Which label may follow which in well-formed BIO: allowed[prev * L + cur], allowed_start[cur].
void BioConstraints(const std::vector<std::string>& labels, std::vector<uint8_t>& allowed,
                    std::vector<uint8_t>& allowed_start);

// First-order Viterbi over emission scores emit[t * L + l] (modified: nothing).
std::vector<uint16_t> Viterbi(const std::vector<float>& emit, size_t n, size_t L,
                              const std::vector<float>& start, const std::vector<float>& trans,
                              const std::vector<uint8_t>& allowed,
                              const std::vector<uint8_t>& allowed_start, int outside);

class NerModel {
 public:
  // Per feature hash: (label index, weight) pairs with non-zero weight.
  using SparseRows = std::map<uint64_t, std::vector<std::pair<uint8_t, float>>>;

  NerModel() = default;
  static NerModel FromWeights(std::vector<std::string> labels, std::vector<float> start,
                              std::vector<float> transitions, const SparseRows& rows);

  // Parses one model from the front of `bytes` and advances `bytes` past it.
  static Result<NerModel> Parse(std::string_view& bytes);
  // Appends the binary form to `out`.
  void Serialize(std::string& out) const;

  const std::vector<std::string>& labels() const { return labels_; }
  size_t num_features() const { return keys_.size(); }
  int LabelIndex(std::string_view label) const;  // -1 if unknown

  // Best label sequence. `only_outside[t]`, when given and non-zero, forces label O at token t.
  std::vector<uint16_t> Decode(const SentenceFeatures& features,
                               const std::vector<uint8_t>* only_outside = nullptr) const;

 private:
  void BuildIndex();
  void BuildConstraints();
  const uint32_t* FindRow(uint64_t key) const;

  std::vector<std::string> labels_;
  std::vector<float> start_;         // L: score of the first label
  std::vector<float> transitions_;   // L*L: [prev * L + cur]
  std::vector<uint64_t> keys_;       // feature hashes
  std::vector<uint32_t> row_begin_;  // keys_.size() + 1 offsets into entry arrays
  std::vector<uint8_t> entry_label_;
  std::vector<float> entry_weight_;
  std::vector<uint32_t> slots_;  // open addressing: index + 1 into keys_, 0 = empty
  uint64_t slot_mask_ = 0;
  std::vector<uint8_t> allowed_;  // L*L: may `cur` follow `prev` (BIO well-formedness)
  std::vector<uint8_t> allowed_start_;
  int outside_ = 0;  // index of "O"
};

}  // namespace tri::ner
