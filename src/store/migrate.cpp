#include "store/migrate.hpp"

#include <spdlog/spdlog.h>

#include <sstream>

#include "core/text.hpp"

namespace salient::store {

std::vector<std::string> SplitStatements(const std::string& sql) {
  std::vector<std::string> statements;
  std::string current;
  std::istringstream lines(sql);
  for (std::string line; std::getline(lines, line);) {
    const std::string trimmed = core::Trim(line);
    if (trimmed.empty() || core::StartsWith(trimmed, "--")) continue;
    current += line + "\n";
    if (trimmed.back() == ';') {
      current = core::Trim(current);
      current.pop_back();  // the driver wants one statement without the terminator
      statements.push_back(current);
      current.clear();
    }
  }
  if (!core::Trim(current).empty()) statements.push_back(core::Trim(current));
  return statements;
}

core::Result<std::vector<int>> Migrate(Database& db, const std::vector<Migration>& migrations) {
  std::vector<int> applied;
  auto status = db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    tx.Exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
    return core::Ok{};
  });
  if (!status.ok()) return status.error();

  const std::string dialect = db.dialect() == Dialect::kSqlite ? "sqlite" : "postgres";
  for (const Migration& migration : migrations) {
    if (!migration.dialect.empty() && migration.dialect != dialect) continue;
    bool ran = false;
    status = db.Transact(TxMode::kWrite, [&](Tx& tx) -> core::Status {
      // Nodes starting together: the second waits here, then sees the version applied.
      if (tx.dialect() == Dialect::kPostgres) tx.Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7355001)) AS locked");
      if (tx.QueryOne("SELECT version FROM schema_migrations WHERE version = ?", {migration.version}))
        return core::Ok{};
      for (const std::string& statement : SplitStatements(migration.sql)) tx.Exec(statement);
      tx.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
              {migration.version, migration.name, tx.Now()});
      ran = true;
      return core::Ok{};
    });
    if (!status.ok()) {
      core::Error error = status.error();
      error.message = "migration " + std::to_string(migration.version) + " (" + migration.name +
                      ") failed: " + error.message;
      return error;
    }
    if (ran) {
      spdlog::info("applied migration {} {}", migration.version, migration.name);
      applied.push_back(migration.version);
    }
  }
  return applied;
}

}  // namespace salient::store
