#include "annotate/entities/lexicon.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "core/hash.h"

namespace tri::ner {
namespace {

constexpr char kMagic[8] = {'T', 'R', 'I', 'L', 'E', 'X', '0', '1'};
constexpr uint64_t kSeed = 0x4c4558;  // "LEX": keys differ from the feature hashes

static_assert(sizeof(LexEntry) == 8, "LexEntry is written to disk as 8 bytes");

}  // namespace

std::shared_ptr<const Lexicon> Lexicon::Build(
    const std::vector<std::pair<std::string, LexEntry>>& words) {
  std::map<uint64_t, LexEntry> merged;
  for (const auto& [word, entry] : words) {
    LexEntry& e = merged[Hash64(word, kSeed)];
    e.flags |= entry.flags;
    for (int k = 0; k < kClusterLevels; ++k) {
      if (e.cluster[k] == 0) e.cluster[k] = entry.cluster[k];
    }
  }
  auto lex = std::make_shared<Lexicon>();
  for (const auto& [key, entry] : merged) {
    lex->keys_.push_back(key);
    lex->entries_.push_back(entry);
  }
  return lex;
}

void Lexicon::Serialize(std::string& out) const {
  out.append(kMagic, sizeof kMagic);
  const uint32_t n = static_cast<uint32_t>(keys_.size());
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out.append(reinterpret_cast<const char*>(keys_.data()), keys_.size() * sizeof(uint64_t));
  out.append(reinterpret_cast<const char*>(entries_.data()), entries_.size() * sizeof(LexEntry));
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Parse(std::string_view bytes) {
  uint32_t n = 0;
  if (bytes.size() < sizeof kMagic + sizeof n ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Status::Corrupt("NER lexicon: bad magic (not a triangulate lexicon)");
  }
  std::memcpy(&n, bytes.data() + sizeof kMagic, sizeof n);
  bytes.remove_prefix(sizeof kMagic + sizeof n);
  if (bytes.size() != static_cast<size_t>(n) * (sizeof(uint64_t) + sizeof(LexEntry))) {
    return Status::Corrupt("NER lexicon: size does not match its entry count");
  }
  auto lex = std::make_shared<Lexicon>();
  lex->keys_.resize(n);
  lex->entries_.resize(n);
  if (n > 0) {
    std::memcpy(lex->keys_.data(), bytes.data(), n * sizeof(uint64_t));
    std::memcpy(lex->entries_.data(), bytes.data() + n * sizeof(uint64_t), n * sizeof(LexEntry));
  }
  if (!std::is_sorted(lex->keys_.begin(), lex->keys_.end())) {
    return Status::Corrupt("NER lexicon: keys not sorted");
  }
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

LexEntry Lexicon::Find(std::string_view lower_word) const {
  const uint64_t key = Hash64(lower_word, kSeed);
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (it == keys_.end() || *it != key) return {};
  return entries_[it - keys_.begin()];
}

}  // namespace tri::ner
