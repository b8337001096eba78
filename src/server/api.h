// The JSON API routes (docs/api.md) over a StorePool.
#pragma once

#include <httplib.h>

#include "server/response_cache.h"
#include "server/store_pool.h"

namespace tri::server {

struct ApiLimits {
  size_t max_query_param_bytes = 256;  // any one query parameter
};

// Story and comparison bodies are kept in `cache` while the store's generation is unchanged.
void RegisterApi(httplib::Server& http, StorePool& pool, ResponseCache& cache,
                 const ApiLimits& limits);

// Ids in URLs: 1-200 of [A-Za-z0-9:._~-], never "." or "..". Everything else is refused
// before the store sees it.
bool ValidId(std::string_view id);

}  // namespace tri::server
