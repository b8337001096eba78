// Server set-up: limits, security headers, host check, static assets and the API routes.
#include "server/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "server/api.h"
#include "server/api_util.h"
#include "server/assets.h"

namespace tri {
namespace {

// Tight by design: the UI and API need nothing else from the browser. 'unsafe-inline' is
// never allowed, so even markup that slipped through escaping could not run script.
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
    "'none'";

bool IsLoopbackName(std::string_view host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

// The host part of a Host header ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "[::1]").
std::string_view HostName(std::string_view h) {
  if (!h.empty() && h.front() == '[') return h.substr(0, h.find(']') + 1);
  return h.substr(0, h.find(':'));
}

void SendAsset(httplib::Response& res, std::string_view name) {
  auto asset = server::FindAsset(name);
  if (!asset) return server::SendError(res, 404, "no such file");
  res.set_content(std::string(asset->content), std::string(asset->mime));
  res.set_header("Cache-Control", "no-cache");
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  server::ApiLimits limits;
  std::unique_ptr<server::StorePool> pool;
  std::unique_ptr<server::ResponseCache> cache;
  httplib::Server http;
  int port = -1;
  std::atomic<bool> serving{false};
  std::atomic<bool> stop_requested{false};
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (options.threads < 1 || options.threads > 256)
    return Status::InvalidArgument("--threads must be 1..256");
  if (options.port < 0 || options.port > 65535)
    return Status::InvalidArgument("--port must be 0..65535");
  if (options.host.empty()) return Status::InvalidArgument("--host must not be empty");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  StoreOptions so;
  so.read_only = true;
  impl->pool = std::make_unique<server::StorePool>(options.db, so);
  impl->cache = std::make_unique<server::ResponseCache>(options.cache_bytes);
  {
    auto first =
        impl->pool->Acquire();  // fails now, not at the first request, if the db is unusable
    if (!first.ok()) return first.status();
  }
  httplib::Server& http = impl->http;
  const int threads = options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.read_timeout_seconds, 0);
  http.set_keep_alive_max_count(1000);
  // Without TCP_NODELAY small JSON answers wait ~40 ms for delayed ACKs (Nagle).
  http.set_tcp_nodelay(true);
  http.set_keep_alive_timeout(5);
  http.set_default_headers({{"Content-Security-Policy", kCsp},
                            {"X-Content-Type-Options", "nosniff"},
                            {"X-Frame-Options", "DENY"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cross-Origin-Resource-Policy", "same-origin"}});
  const bool loopback_only = IsLoopbackName(options.host);
  const size_t max_uri = options.max_uri_bytes;
  http.set_pre_routing_handler(
      [loopback_only, max_uri](const httplib::Request& req, httplib::Response& res) {
        if (req.method != "GET" && req.method != "HEAD") {
          res.set_header("Allow", "GET, HEAD");
          server::SendError(res, 405, "only GET and HEAD are supported");
          return httplib::Server::HandlerResponse::Handled;
        }
        // The API takes no bodies; the HTTP library would not read one on a GET, so refuse it and
        // close the connection rather than let the unread bytes pose as the next request.
        if (req.get_header_value<uint64_t>("Content-Length") > 0 ||
            req.has_header("Transfer-Encoding")) {
          res.set_header("Connection", "close");
          server::SendError(res, 413, "request bodies are not accepted");
          return httplib::Server::HandlerResponse::Handled;
        }
        if (req.target.size() > max_uri) {
          server::SendError(res, 414,
                            "request target longer than " + std::to_string(max_uri) + " bytes");
          return httplib::Server::HandlerResponse::Handled;
        }
        // A page on another site cannot reach a loopback server through DNS rebinding: its
        // requests carry that site's name as Host.
        if (loopback_only && req.has_header("Host") &&
            !IsLoopbackName(HostName(req.get_header_value("Host")))) {
          server::SendError(res, 403, "this server only answers to its loopback address");
          return httplib::Server::HandlerResponse::Handled;
        }
        if (req.path.rfind("/api/", 0) == 0) res.set_header("Cache-Control", "no-store");
        return httplib::Server::HandlerResponse::Unhandled;
      });
  http.Get("/",
           [](const httplib::Request&, httplib::Response& res) { SendAsset(res, "index.html"); });
  http.Get(R"(/assets/([A-Za-z0-9_-]+\.[a-z]+))",
           [](const httplib::Request& req, httplib::Response& res) {
             SendAsset(res, std::string(req.matches[1]));
           });
  server::RegisterApi(http, *impl->pool, *impl->cache, impl->limits);
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty())
      server::SendError(res, res.status, res.status == 404 ? "not found" : "request refused");
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        server::SendError(res, 500, "internal error");
      });
  if (options.access_log) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::cerr << req.method << " " << req.path << " " << res.status << "\n";
    });
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Bind() {
  Impl& s = *impl_;
  if (s.options.port == 0) {
    s.port = s.http.bind_to_any_port(s.options.host);
  } else {
    s.port = s.http.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1;
  }
  if (s.port < 0) {
    return Status::IoError("cannot listen on " + s.options.host + ":" +
                           std::to_string(s.options.port) +
                           " (in use, or not an address of this machine)");
  }
  return Status();
}

int Server::port() const { return impl_->port; }

Status Server::Serve() {
  if (impl_->port < 0) return Status::Internal("Serve() before Bind()");
  impl_->serving = true;
  if (impl_->stop_requested) return Status();
  const bool clean = impl_->http.listen_after_bind();
  impl_->serving = false;
  if (!clean && !impl_->stop_requested) return Status::IoError("the server stopped with an error");
  return Status();
}

void Server::Stop() {
  if (!impl_) return;
  impl_->stop_requested = true;
  // Serve() may be between its start and the listen loop; wait briefly for the loop so the
  // stop is not lost.
  for (int i = 0; i < 200 && impl_->serving && !impl_->http.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  impl_->http.stop();
}

}  // namespace tri
