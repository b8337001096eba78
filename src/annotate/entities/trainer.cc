#include "annotate/entities/trainer.h"

#include <cmath>
#include <unordered_map>

namespace tri::ner {
namespace {

uint64_t SplitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Weights with lazy averaging: avg = w - acc / c, where acc sums c * delta at each update.
struct Weights {
  explicit Weights(size_t labels) : L(labels) {}
  size_t L;
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<float> w, acc;

  float* Row(uint64_t key, bool create, float** acc_row) {
    auto it = index.find(key);
    if (it == index.end()) {
      if (!create) return nullptr;
      it = index.emplace(key, static_cast<uint32_t>(index.size())).first;
      w.resize(w.size() + L, 0.0f);
      acc.resize(acc.size() + L, 0.0f);
    }
    *acc_row = &acc[it->second * L];
    return &w[it->second * L];
  }
};

}  // namespace

NerModel TrainPerceptron(const std::vector<TrainingSentence>& data,
                         const std::vector<std::string>& labels, const TrainOptions& options) {
  const size_t L = labels.size();
  int outside = 0;
  for (size_t i = 0; i < L; ++i) {
    if (labels[i] == "O") outside = static_cast<int>(i);
  }
  std::vector<uint8_t> allowed, allowed_start;
  BioConstraints(labels, allowed, allowed_start);
  Weights feat(L);
  std::vector<float> start(L, 0), start_acc(L, 0), trans(L * L, 0), trans_acc(L * L, 0);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t rng = options.seed;
  double c = 1.0;  // update counter for averaging
  std::vector<float> emit;

  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates with our own generator
      std::swap(order[i - 1], order[SplitMix64(rng) % i]);
    }
    for (size_t idx : order) {
      const TrainingSentence& s = data[idx];
      const size_t n = s.gold.size();
      if (n == 0) continue;
      emit.assign(n * L, 0.0f);
      for (size_t t = 0; t < n; ++t) {
        for (uint32_t k = s.features.offsets[t]; k < s.features.offsets[t + 1]; ++k) {
          float* acc_row = nullptr;
          const float* row = feat.Row(s.features.hashes[k], false, &acc_row);
          if (row == nullptr) continue;
          for (size_t l = 0; l < L; ++l) emit[t * L + l] += row[l];
        }
      }
      const std::vector<uint16_t> pred =
          Viterbi(emit, n, L, start, trans, allowed, allowed_start, outside);
      const float cf = static_cast<float>(c);
      for (size_t t = 0; t < n; ++t) {
        const uint16_t g = s.gold[t], p = pred[t];
        const uint16_t gp = t > 0 ? s.gold[t - 1] : 0, pp = t > 0 ? pred[t - 1] : 0;
        if (g != p) {
          for (uint32_t k = s.features.offsets[t]; k < s.features.offsets[t + 1]; ++k) {
            float* acc_row = nullptr;
            float* row = feat.Row(s.features.hashes[k], true, &acc_row);
            row[g] += 1;
            row[p] -= 1;
            acc_row[g] += cf;
            acc_row[p] -= cf;
          }
        }
        if (t == 0) {
          if (g != p) {
            start[g] += 1, start[p] -= 1;
            start_acc[g] += cf, start_acc[p] -= cf;
          }
        } else if (g != p || gp != pp) {
          trans[gp * L + g] += 1, trans[pp * L + p] -= 1;
          trans_acc[gp * L + g] += cf, trans_acc[pp * L + p] -= cf;
        }
      }
      c += 1;
    }
  }
  auto average = [&](float w, float acc) { return static_cast<float>(w - acc / c); };
  for (size_t l = 0; l < L; ++l) start[l] = average(start[l], start_acc[l]);
  for (size_t k = 0; k < L * L; ++k) trans[k] = average(trans[k], trans_acc[k]);
  NerModel::SparseRows rows;
  for (const auto& [key, i] : feat.index) {
    std::vector<std::pair<uint8_t, float>> entries;
    for (size_t l = 0; l < L; ++l) {
      const float v = average(feat.w[i * L + l], feat.acc[i * L + l]);
      if (std::fabs(v) >= options.min_weight) entries.emplace_back(static_cast<uint8_t>(l), v);
    }
    if (!entries.empty()) rows.emplace(key, std::move(entries));
  }
  return NerModel::FromWeights(labels, std::move(start), std::move(trans), rows);
}

}  // namespace tri::ner
