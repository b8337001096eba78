#include "server/api_util.h"

#include <charconv>
#include <iostream>

namespace tri::server {
namespace {

Result<int> ReadInt(const httplib::Request& req, const char* name, int fallback, int lo, int hi) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < lo || n > hi) {
    return Status::InvalidArgument(std::string(name) + " must be a whole number from " +
                                   std::to_string(lo) + " to " + std::to_string(hi));
  }
  return n;
}

}  // namespace

std::string DumpJson(const Json& body) {
  // Replace invalid UTF-8 rather than fail: stored text is valid, but be safe at the boundary.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void SendJson(httplib::Response& res, const Json& body, int status) {
  res.status = status;
  res.set_content(DumpJson(body), "application/json; charset=utf-8");
}

void SendJsonText(httplib::Response& res, const std::string& body) {
  res.status = 200;
  res.set_content(body, "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, Json{{"error", message}, {"status", status}}, status);
}

void SendStatus(httplib::Response& res, const Status& status) {
  switch (status.code()) {
    case StatusCode::kNotFound:
      return SendError(res, 404, status.message());
    case StatusCode::kInvalidArgument:
    case StatusCode::kResourceExhausted:
      return SendError(res, 400, status.message());
    default:
      std::cerr << "triangulate serve: " << status.ToString() << "\n";
      return SendError(res, 503, "the database is not available right now; try again");
  }
}

Result<Page> ReadPage(const httplib::Request& req, int default_limit) {
  Page p;
  TRI_ASSIGN_OR_RETURN(p.limit, ReadInt(req, "limit", default_limit, 1, Page::kMaxPageSize));
  TRI_ASSIGN_OR_RETURN(p.offset, ReadInt(req, "offset", 0, 0, Page::kMaxOffset));
  return p;
}

Result<std::string> ReadParam(const httplib::Request& req, const char* name,
                              const ApiLimits& limits) {
  if (!req.has_param(name)) return std::string();
  std::string v = req.get_param_value(name);
  if (v.size() > limits.max_query_param_bytes) {
    return Status::InvalidArgument(std::string(name) + " is longer than " +
                                   std::to_string(limits.max_query_param_bytes) + " bytes");
  }
  return v;
}

}  // namespace tri::server
