// Small helpers of the API handlers: JSON responses, errors without internals, paging and
// query parameter checks.
#pragma once

#include <httplib.h>

#include <string>

#include "report/report.h"
#include "server/api.h"
#include "store/store.h"

namespace tri::server {

void SendJson(httplib::Response& res, const Json& body, int status = 200);
// The body as SendJson writes it (invalid UTF-8 replaced, not fatal).
std::string DumpJson(const Json& body);
// A body already rendered by DumpJson, with status 200.
void SendJsonText(httplib::Response& res, const std::string& body);
void SendError(httplib::Response& res, int status, const std::string& message);
// NotFound -> 404, InvalidArgument/ResourceExhausted -> 400, the rest -> 503 (logged, not shown).
void SendStatus(httplib::Response& res, const Status& status);

// ?limit=&offset= within Page's caps; InvalidArgument otherwise.
Result<Page> ReadPage(const httplib::Request& req, int default_limit = 50);
// A query parameter no longer than the limit ("" if absent).
Result<std::string> ReadParam(const httplib::Request& req, const char* name,
                              const ApiLimits& limits);

}  // namespace tri::server
