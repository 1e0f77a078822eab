#pragma once
// Versioned schema migrations, embedded from src/store/migrations/NNNN_name.sql at
// build time. Applied by `salient migrate` and on `serve` start; safe to run from
// several nodes at once (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite).
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::store {

struct Migration {
  int version;
  std::string name;
  std::string sql;  // statements separated by `;` at the end of a line
};

const std::vector<Migration>& EmbeddedMigrations();

// Applies every migration newer than the database's version, each in its own
// transaction. Returns the list of versions applied.
core::Result<std::vector<int>> Migrate(Database& db, const std::vector<Migration>& migrations);

// Splits a migration script into statements (exposed for tests).
std::vector<std::string> SplitStatements(const std::string& sql);

}  // namespace salient::store
