#include "annotate/entities/model.h"

#include <cstring>
#include <limits>

namespace tri::ner {
namespace {

constexpr char kMagic[8] = {'T', 'R', 'I', 'N', 'E', 'R', '0', '1'};

template <typename T>
void Put(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
void PutVec(std::string& out, const std::vector<T>& v) {
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

class Reader {
 public:
  explicit Reader(std::string_view& bytes) : b_(bytes) {}
  template <typename T>
  bool Get(T& v) {
    if (b_.size() < sizeof v) return false;
    std::memcpy(&v, b_.data(), sizeof v);
    b_.remove_prefix(sizeof v);
    return true;
  }
  template <typename T>
  bool GetVec(std::vector<T>& v, size_t n) {
    if (n > b_.size() / sizeof(T)) return false;
    v.resize(n);
    if (n) std::memcpy(v.data(), b_.data(), n * sizeof(T));
    b_.remove_prefix(n * sizeof(T));
    return true;
  }
  bool GetString(std::string& s, size_t n) {
    if (b_.size() < n) return false;
    s.assign(b_.substr(0, n));
    b_.remove_prefix(n);
    return true;
  }

 private:
  std::string_view& b_;
};

uint64_t Mix(uint64_t key) { return key ^ (key >> 29); }

}  // namespace

NerModel NerModel::FromWeights(std::vector<std::string> labels, std::vector<float> start,
                               std::vector<float> transitions, const SparseRows& rows) {
  NerModel m;
  m.labels_ = std::move(labels);
  m.start_ = std::move(start);
  m.transitions_ = std::move(transitions);
  m.row_begin_.push_back(0);
  for (const auto& [key, entries] : rows) {
    if (entries.empty()) continue;
    m.keys_.push_back(key);
    for (const auto& [label, weight] : entries) {
      m.entry_label_.push_back(label);
      m.entry_weight_.push_back(weight);
    }
    m.row_begin_.push_back(static_cast<uint32_t>(m.entry_label_.size()));
  }
  m.BuildIndex();
  m.BuildConstraints();
  return m;
}

void NerModel::Serialize(std::string& out) const {
  out.append(kMagic, sizeof kMagic);
  Put(out, static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) {
    Put(out, static_cast<uint8_t>(l.size()));
    out += l;
  }
  PutVec(out, start_);
  PutVec(out, transitions_);
  Put(out, static_cast<uint32_t>(keys_.size()));
  PutVec(out, keys_);
  PutVec(out, row_begin_);
  PutVec(out, entry_label_);
  PutVec(out, entry_weight_);
}

Result<NerModel> NerModel::Parse(std::string_view& bytes) {
  NerModel m;
  Reader r(bytes);
  char magic[8];
  if (!r.Get(magic) || std::memcmp(magic, kMagic, sizeof magic) != 0) {
    return Status::Corrupt("NER model: bad magic (not a triangulate NER model)");
  }
  uint32_t num_labels = 0, num_features = 0;
  if (!r.Get(num_labels) || num_labels == 0 || num_labels > 255) {
    return Status::Corrupt("NER model: bad label count");
  }
  m.labels_.resize(num_labels);
  for (std::string& l : m.labels_) {
    uint8_t len = 0;
    if (!r.Get(len) || !r.GetString(l, len)) return Status::Corrupt("NER model: truncated labels");
  }
  if (!r.GetVec(m.start_, num_labels) || !r.GetVec(m.transitions_, num_labels * num_labels) ||
      !r.Get(num_features) || !r.GetVec(m.keys_, num_features) ||
      !r.GetVec(m.row_begin_, num_features + 1ull)) {
    return Status::Corrupt("NER model: truncated header or feature table");
  }
  const uint32_t entries = m.row_begin_.back();
  for (size_t i = 0; i + 1 < m.row_begin_.size(); ++i) {
    if (m.row_begin_[i] > m.row_begin_[i + 1]) return Status::Corrupt("NER model: bad rows");
  }
  if (m.row_begin_.front() != 0 || !r.GetVec(m.entry_label_, entries) ||
      !r.GetVec(m.entry_weight_, entries)) {
    return Status::Corrupt("NER model: truncated weights");
  }
  for (uint8_t l : m.entry_label_) {
    if (l >= num_labels) return Status::Corrupt("NER model: label index out of range");
  }
  m.BuildIndex();
  m.BuildConstraints();
  if (m.LabelIndex("O") < 0) return Status::Corrupt("NER model: no O label");
  return m;
}

void NerModel::BuildIndex() {
  uint64_t cap = 16;
  while (cap < keys_.size() * 2) cap <<= 1;
  slots_.assign(cap, 0);
  slot_mask_ = cap - 1;
  for (uint32_t i = 0; i < keys_.size(); ++i) {
    uint64_t s = Mix(keys_[i]) & slot_mask_;
    while (slots_[s] != 0) s = (s + 1) & slot_mask_;
    slots_[s] = i + 1;
  }
}

void BioConstraints(const std::vector<std::string>& labels, std::vector<uint8_t>& allowed,
                    std::vector<uint8_t>& allowed_start) {
  const size_t L = labels.size();
  allowed.assign(L * L, 1);
  allowed_start.assign(L, 1);
  for (size_t cur = 0; cur < L; ++cur) {
    const std::string& c = labels[cur];
    if (!c.starts_with("I-")) continue;
    allowed_start[cur] = 0;
    for (size_t prev = 0; prev < L; ++prev) {
      const std::string& p = labels[prev];
      allowed[prev * L + cur] = p.size() > 2 && p != "O" && p.substr(2) == c.substr(2);
    }
  }
}

void NerModel::BuildConstraints() {
  outside_ = std::max(0, LabelIndex("O"));
  BioConstraints(labels_, allowed_, allowed_start_);
}

int NerModel::LabelIndex(std::string_view label) const {
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == label) return static_cast<int>(i);
  }
  return -1;
}

const uint32_t* NerModel::FindRow(uint64_t key) const {
  if (keys_.empty()) return nullptr;
  uint64_t s = Mix(key) & slot_mask_;
  while (slots_[s] != 0) {
    const uint32_t i = slots_[s] - 1;
    if (keys_[i] == key) return &row_begin_[i];
    s = (s + 1) & slot_mask_;
  }
  return nullptr;
}

std::vector<uint16_t> NerModel::Decode(const SentenceFeatures& f,
                                       const std::vector<uint8_t>* only_outside) const {
  const size_t n = f.size(), L = labels_.size();
  std::vector<uint16_t> out(n, static_cast<uint16_t>(outside_));
  if (n == 0 || L == 0) return out;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<float> emit(n * L, 0.0f);
  for (size_t t = 0; t < n; ++t) {
    float* row = &emit[t * L];
    for (uint32_t k = f.offsets[t]; k < f.offsets[t + 1]; ++k) {
      const uint32_t* r = FindRow(f.hashes[k]);
      if (r == nullptr) continue;
      for (uint32_t e = r[0]; e < r[1]; ++e) row[entry_label_[e]] += entry_weight_[e];
    }
    if (only_outside != nullptr && (*only_outside)[t]) {
      for (size_t l = 0; l < L; ++l) {
        if (static_cast<int>(l) != outside_) row[l] = kNeg;
      }
    }
  }
  return Viterbi(emit, n, L, start_, transitions_, allowed_, allowed_start_, outside_);
}

std::vector<uint16_t> Viterbi(const std::vector<float>& emit, size_t n, size_t L,
                              const std::vector<float>& start, const std::vector<float>& trans,
                              const std::vector<uint8_t>& allowed,
                              const std::vector<uint8_t>& allowed_start, int outside) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<uint16_t> out(n, static_cast<uint16_t>(outside));
  if (n == 0 || L == 0) return out;
  std::vector<float> score(L), next(L);
  std::vector<uint16_t> back(n * L, 0);
  for (size_t l = 0; l < L; ++l) score[l] = allowed_start[l] ? start[l] + emit[l] : kNeg;
  for (size_t t = 1; t < n; ++t) {
    for (size_t cur = 0; cur < L; ++cur) {
      float best = kNeg;
      uint16_t arg = static_cast<uint16_t>(outside);
      for (size_t prev = 0; prev < L; ++prev) {
        if (!allowed[prev * L + cur]) continue;
        const float s = score[prev] + trans[prev * L + cur];
        if (s > best) {
          best = s;
          arg = static_cast<uint16_t>(prev);
        }
      }
      next[cur] = best + emit[t * L + cur];
      back[t * L + cur] = arg;
    }
    score.swap(next);
  }
  size_t best = static_cast<size_t>(outside);
  for (size_t l = 0; l < L; ++l) {
    if (score[l] > score[best]) best = l;
  }
  for (size_t t = n; t-- > 0;) {
    out[t] = static_cast<uint16_t>(best);
    best = back[t * L + best];
  }
  return out;
}

}  // namespace tri::ner
