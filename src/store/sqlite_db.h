// SqliteDb and Stmt: a thin RAII layer over one sqlite3 connection. Prepared statements are
// cached per connection; transient SQLITE_BUSY/SQLITE_LOCKED on reads are retried here (on top
// of the busy timeout), so callers only ever see real errors. Not thread-safe: one per thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace tri::store {

// A prepared statement borrowed from the connection's cache; reset and unbound on destruction.
class Stmt {
 public:
  Stmt(sqlite3_stmt* s, sqlite3* db) : s_(s), db_(db) {}
  Stmt(Stmt&& o) noexcept : s_(o.s_), db_(o.db_) { o.s_ = nullptr; }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  // Binds are 1-based, as in SQLite. Empty optional-like values: use BindNull.
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Stmt& Bind(int i, double v);
  Stmt& Bind(int i, std::string_view text);
  Stmt& Bind(int i, const char* text) { return Bind(i, std::string_view(text)); }
  Stmt& BindBlob(int i, std::string_view bytes);
  Stmt& BindNull(int i);
  // "" binds NULL (used for optional text columns).
  Stmt& BindTextOrNull(int i, std::string_view text);

  // true: a row is ready; false: done. Retries transient lock errors.
  Result<bool> Step();
  // Steps to completion (for writes), then resets so the statement can be bound again.
  Status Run();
  // Makes the statement ready for new bindings (after a loop of Step()).
  void Reset() { sqlite3_reset(s_); }

  int64_t Int(int col) const { return sqlite3_column_int64(s_, col); }
  double Double(int col) const { return sqlite3_column_double(s_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
  std::string_view Text(int col) const;
  std::string Str(int col) const { return std::string(Text(col)); }

 private:
  sqlite3_stmt* s_;
  sqlite3* db_;
};

class SqliteDb {
 public:
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path, bool read_only,
                                                int busy_timeout_ms);
  ~SqliteDb();

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // Runs one or more statements without results.
  Status Exec(std::string_view sql);
  Result<Stmt> Prepare(const std::string& sql);

  // BEGIN IMMEDIATE; fn; COMMIT, or ROLLBACK when fn fails. The write lock is taken up front
  // so a transaction never fails half way for want of it.
  Status Transaction(const std::function<Status()>& fn);

  Status Error(std::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::map<std::string, sqlite3_stmt*, std::less<>> cache_;
};

}  // namespace tri::store
