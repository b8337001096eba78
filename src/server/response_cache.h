// ResponseCache: rendered JSON bodies of the expensive pages (a story with its timeline, claims
// and evidence), each tagged with the store generation (Store::Generation) it was rendered
// from. A body is handed out only while the caller's current generation is the same, so a
// reader never gets a page older than the last commit it could read itself; any commit makes
// every entry stale. Bounded by bytes, least recently used out first. Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tri::server {

class ResponseCache {
 public:
  // max_bytes 0: caches nothing (every Get misses).
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The body stored under `key` for exactly `generation`, or nullptr.
  std::shared_ptr<const std::string> Get(const std::string& key, int64_t generation);
  // Stores (replacing) the body; bodies larger than a quarter of the budget are not kept.
  void Put(const std::string& key, int64_t generation, std::shared_ptr<const std::string> body);

  size_t bytes() const;
  size_t entries() const;

 private:
  struct Entry {
    std::string key;
    int64_t generation = 0;
    std::shared_ptr<const std::string> body;
  };
  void EvictLocked(size_t needed);

  const size_t max_bytes_;
  mutable std::mutex mu_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
};

}  // namespace tri::server
