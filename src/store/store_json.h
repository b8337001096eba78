// JSON forms of the store's listing types, shared by the CLI (--format json) and the HTTP API
// (docs/api.md), so both print the same fields.
#pragma once

#include "report/report.h"
#include "store/store.h"

namespace tri {

Json ArticleSummaryToJson(const ArticleSummary& a);
Json StorySummaryToJson(const StorySummary& s);
// {article..., "snippet": "...", "highlights": [[begin, end], ...], "score": 1.5}
Json SearchHitToJson(const SearchHit& h);
Json StoreStatsToJson(const StoreStats& s);

}  // namespace tri
