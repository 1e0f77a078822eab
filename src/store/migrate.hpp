#pragma once
// Versioned schema migrations, embedded from src/store/migrations/NNNN_name.sql at
// build time. Applied by `salient migrate` and on `serve` start; safe to run from
// several nodes at once (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite).
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::store {

// NNNN_name.sql applies to both databases; NNNN_name.sqlite.sql and
// NNNN_name.postgres.sql (same version) are the two halves of a migration that must differ,
// e.g. SQLite FTS5 tables against PostgreSQL trigram indexes.
struct Migration {
  int version;
  std::string name;
  std::string sql;      // statements separated by `;` at the end of a line
  std::string dialect;  // "" (both), "sqlite" or "postgres"
};

const std::vector<Migration>& EmbeddedMigrations();

// Applies every migration newer than the database's version, each in its own
// transaction. Returns the list of versions applied.
core::Result<std::vector<int>> Migrate(Database& db, const std::vector<Migration>& migrations);

// Splits a migration script into statements (exposed for tests).
std::vector<std::string> SplitStatements(const std::string& sql);

}  // namespace salient::store
