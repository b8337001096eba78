// Server: `triangulate serve`. A JSON API over a Store (docs/api.md) and the web UI, whose
// HTML/JS/CSS are compiled into the binary (no external assets, no CDNs).
//
// Promises: binds to 127.0.0.1 unless told otherwise and then only answers requests whose
// Host is a loopback name (no DNS rebinding); GET/HEAD only; every response carries a
// Content-Security-Policy of default-src 'self' and nosniff; request line, query, body and page
// sizes are capped; ids and asset names are validated (no path traversal); database errors
// come back as JSON 503 without internals, and "database is locked" is retried inside the
// store, never shown. Each worker thread leases its own read-only store connection.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/status.h"

namespace tri {

struct ServerOptions {
  std::string db;                  // database path or URL (see OpenStore)
  std::string host = "127.0.0.1";  // "0.0.0.0" to serve the network (then any Host is accepted)
  int port = 8080;                 // 0: any free port (see Server::port())
  int threads = 8;                 // worker threads, each with its own store connection
  size_t max_uri_bytes = 2048;     // longer request targets: 414
  size_t max_body_bytes = 4096;    // the API takes no bodies; larger: 413
  int read_timeout_seconds = 5;
  bool access_log = false;  // one line per request on stderr
  // Rendered story pages kept in memory until the next commit to the store; 0 turns it off.
  size_t cache_bytes = size_t{64} << 20;
};

class Server {
 public:
  // Opens the database once (so a missing or too new database fails here) and sets up routes.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();

  // Binds the socket; after this port() is the real port.
  Status Bind();
  int port() const;
  // Serves until Stop(); Bind() first.
  Status Serve();
  // Thread-safe; Serve() returns soon after.
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tri
