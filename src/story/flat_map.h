// FlatMap64: an open-addressing hash map from 64-bit keys that are already hashes (term keys)
// to 32-bit values, for the per-token lookups of feature extraction. Linear probing, load at
// most one half, no deletion. Key 0 is stored as 1 (keys are hashes; the merge is harmless).
#pragma once

#include <cstdint>
#include <vector>

namespace tri::story {

class FlatMap64 {
 public:
  // The value for `key`, or nullptr.
  const uint32_t* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  // The value for `key`, inserted as `fresh` when absent.
  uint32_t& insert(uint64_t key, uint32_t fresh) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == 0) {
        ++size_;
        slots_[i] = {key, fresh};
        return slots_[i].value;
      }
    }
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 1024 : old.size() * 2);
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key) insert(s.key, s.value);
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
};

}  // namespace tri::story
