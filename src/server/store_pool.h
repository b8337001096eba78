// StorePool: read-only store connections shared by the server's worker threads. A request
// leases one connection for its duration (one connection per thread at a time, as SQLite
// wants); connections are opened on demand and kept for reuse.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace tri::server {

class StorePool {
 public:
  StorePool(std::string location, StoreOptions options)
      : location_(std::move(location)), options_(options) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  Result<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        std::unique_ptr<Store> s = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    TRI_ASSIGN_OR_RETURN(std::unique_ptr<Store> s, OpenStore(location_, options_));
    return Lease(this, std::move(s));
  }

 private:
  void Return(std::unique_ptr<Store> s) {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(s));
  }

  std::string location_;
  StoreOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace tri::server
