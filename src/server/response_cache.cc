#include "server/response_cache.h"

namespace tri::server {
namespace {

size_t Cost(const std::string& key, const std::string& body) { return key.size() + body.size(); }

}  // namespace

std::shared_ptr<const std::string> ResponseCache::Get(const std::string& key, int64_t generation) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) return nullptr;
  if (it->second->generation != generation) {
    // Stale for good: generations only grow, so drop it now rather than wait for eviction.
    bytes_ -= Cost(key, *it->second->body);
    lru_.erase(it->second);
    index_.erase(it);
    return nullptr;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->body;
}

void ResponseCache::Put(const std::string& key, int64_t generation,
                        std::shared_ptr<const std::string> body) {
  if (!body) return;
  const size_t cost = Cost(key, *body);
  if (max_bytes_ == 0 || cost > max_bytes_ / 4) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= Cost(key, *it->second->body);
    lru_.erase(it->second);
    index_.erase(it);
  }
  EvictLocked(cost);
  lru_.push_front(Entry{key, generation, std::move(body)});
  index_[key] = lru_.begin();
  bytes_ += cost;
}

void ResponseCache::EvictLocked(size_t needed) {
  while (!lru_.empty() && bytes_ + needed > max_bytes_) {
    const Entry& last = lru_.back();
    bytes_ -= Cost(last.key, *last.body);
    index_.erase(last.key);
    lru_.pop_back();
  }
}

size_t ResponseCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

size_t ResponseCache::entries() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

}  // namespace tri::server
