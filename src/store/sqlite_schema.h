// Schema migrations of the SQLite store (PRAGMA user_version).
#pragma once

#include "core/status.h"
#include "store/sqlite_db.h"

namespace tri::store {

int LatestSchemaVersion();

// Brings the database up to `target` (0 or out of range: the latest) and returns the version
// it is at. Refuses databases newer than this build.
Result<int> Migrate(SqliteDb& db, int target);

}  // namespace tri::store
