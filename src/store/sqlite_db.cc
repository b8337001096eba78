#include "store/sqlite_db.h"

#include <chrono>
#include <thread>

namespace tri::store {
namespace {

constexpr int kMaxRetries = 200;  // with the back-off below: a few seconds on top of busy_timeout

bool Transient(int rc) {
  const int primary = rc & 0xFF;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

void BackOff(int attempt) {
  std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 + attempt, 20)));
}

}  // namespace

Stmt::~Stmt() {
  if (s_ != nullptr) {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
}

Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(s_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, double v) {
  sqlite3_bind_double(s_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, std::string_view t) {
  sqlite3_bind_text64(s_, i, t.data(), t.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Stmt& Stmt::BindBlob(int i, std::string_view b) {
  sqlite3_bind_blob64(s_, i, b.data(), b.size(), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(s_, i);
  return *this;
}
Stmt& Stmt::BindTextOrNull(int i, std::string_view t) {
  return t.empty() ? BindNull(i) : Bind(i, t);
}

std::string_view Stmt::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, col));
  if (p == nullptr) p = static_cast<const char*>(sqlite3_column_blob(s_, col));
  if (p == nullptr) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s_, col)));
}

Result<bool> Stmt::Step() {
  for (int attempt = 0;; ++attempt) {
    const int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Inside an explicit transaction a retry would repeat only this statement; the caller's
    // transaction is rolled back instead. Autocommit statements are safe to retry.
    if (Transient(rc) && sqlite3_get_autocommit(db_) && attempt < kMaxRetries) {
      sqlite3_reset(s_);
      BackOff(attempt);
      continue;
    }
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_reset(s_);
    return Status::IoError("sqlite: " + msg);
  }
}

Status Stmt::Run() {
  while (true) {
    auto r = Step();
    if (!r.ok()) return r.status();
    if (!*r) {
      sqlite3_reset(s_);
      return Status();
    }
  }
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path, bool read_only,
                                                 int busy_timeout_ms) {
  sqlite3* db = nullptr;
  const int flags =
      (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError("cannot open database: " + msg).At(path);
  }
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db, path));
}

SqliteDb::~SqliteDb() {
  for (auto& [sql, s] : cache_) sqlite3_finalize(s);
  sqlite3_close(db_);
}

Status SqliteDb::Error(std::string_view what) const {
  return Status::IoError("sqlite: " + std::string(what) + ": " + sqlite3_errmsg(db_)).At(path_);
}

Status SqliteDb::Exec(std::string_view sql) {
  const std::string s(sql);
  for (int attempt = 0;; ++attempt) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return Status();
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    if (Transient(rc) && sqlite3_get_autocommit(db_) && attempt < kMaxRetries) {
      BackOff(attempt);
      continue;
    }
    return Status::IoError("sqlite: " + msg).At(path_);
  }
}

Result<Stmt> SqliteDb::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* s = nullptr;
    for (int attempt = 0;; ++attempt) {
      const int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &s, nullptr);
      if (rc == SQLITE_OK) break;
      if (Transient(rc) && attempt < kMaxRetries) {
        BackOff(attempt);
        continue;
      }
      return Error("prepare failed");
    }
    it = cache_.emplace(sql, s).first;
  }
  return Stmt(it->second, db_);
}

Status SqliteDb::Transaction(const std::function<Status()>& fn) {
  TRI_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = fn();
  if (st.ok()) st = Exec("COMMIT");
  if (!st.ok()) {
    (void)Exec("ROLLBACK");
    return st;
  }
  return Status();
}

}  // namespace tri::store
