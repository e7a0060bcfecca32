#pragma once
// The library's tables and their forward-only migrations, keyed by SQLite's user_version.

#include "Sqlite.h"

namespace reclama::store {

// "RCLM" in the database header: tells a Reclama library from any other SQLite file.
constexpr std::int32_t kApplicationId = 0x52434c4d;
constexpr int kSchemaVersion = 2;

// Sets the connection's pragmas, refuses a foreign or newer database (untouched), and runs the
// missing migrations in one transaction.
void PrepareDatabase(Connection& db);

// The SQL that takes the schema from `version` to `version + 1` (tests build old libraries).
const char* MigrationSql(int version);

} // namespace reclama::store
