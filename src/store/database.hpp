#pragma once
// The database: a pool of connections to SQLite or PostgreSQL and one way to use it,
// a transaction. Code above `store` writes portable SQL with `?` parameters and
// gets rows back as plain values; driver errors are translated here into ErrorCodes
// (unique violation → kConflict, lost connection or busy → kUnavailable).
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id.hpp"
#include "core/result.hpp"
#include "store/value.hpp"

namespace salient::store {

enum class Dialect { kSqlite, kPostgres };

struct DatabaseConfig {
  std::string url = "sqlite:var/salient.db";  // or postgresql://user:pass@host:port/db
  int pool_size = 8;
};

class Connection;  // one pooled driver session (store/internal)

// A transaction in progress. Statements throw on driver errors; Database::Transact
// catches, rolls back and turns them into an Error, so callers write straight-line code.
class Tx {
 public:
  Tx(Connection& connection, Dialect dialect, core::IdGenerator& ids, const core::Clock& clock)
      : connection_(connection), dialect_(dialect), ids_(ids), clock_(clock) {}

  // `?` parameters bind `params` in order.
  std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params = {});
  std::optional<Row> QueryOne(std::string_view sql, const std::vector<Value>& params = {});
  // Calls `each` with every row, read in place from the driver where it can (SQLite):
  // no intermediate values, for lists on hot paths. The view is valid during the call
  // only, and `each` must not run statements on this Tx.
  void ForEachRow(std::string_view sql, const std::vector<Value>& params,
                  const std::function<void(const RowView&)>& each);
  // Returns the number of affected rows.
  std::int64_t Exec(std::string_view sql, const std::vector<Value>& params = {});

  Dialect dialect() const { return dialect_; }
  core::Id NewId() { return ids_.Next(); }
  core::Millis Now() const { return clock_.NowMillis(); }

 private:
  Connection& connection_;
  Dialect dialect_;
  core::IdGenerator& ids_;
  const core::Clock& clock_;
};

enum class TxMode { kRead, kWrite };

class Database {
 public:
  // Opens the pool and verifies every connection; kUnavailable when it cannot.
  static core::Result<std::unique_ptr<Database>> Open(const DatabaseConfig& config,
                                                      const core::Clock& clock,
                                                      core::IdGenerator& ids);
  ~Database();

  Dialect dialect() const { return dialect_; }
  const core::Clock& clock() const { return clock_; }
  core::IdGenerator& ids() { return ids_; }

  // Runs `work` in one transaction: COMMIT when it returns ok (and only then does this
  // return ok: an ok result means durable), ROLLBACK on an error or exception.
  // Serialization failures and deadlocks are retried a few times. Thread-safe.
  core::Status Transact(TxMode mode, const std::function<core::Status(Tx&)>& work);

  template <typename T>
  core::Result<T> Write(const std::function<core::Result<T>(Tx&)>& work) {
    return Run<T>(TxMode::kWrite, work);
  }
  template <typename T>
  core::Result<T> Read(const std::function<core::Result<T>(Tx&)>& work) {
    return Run<T>(TxMode::kRead, work);
  }

  core::Status Ping();
  struct PoolStats {
    int size = 0;
    int in_use = 0;
  };
  PoolStats Stats() const;

 private:
  Database(Dialect dialect, const core::Clock& clock, core::IdGenerator& ids);

  template <typename T>
  core::Result<T> Run(TxMode mode, const std::function<core::Result<T>(Tx&)>& work) {
    std::optional<T> out;
    core::Status status = Transact(mode, [&](Tx& tx) -> core::Status {
      core::Result<T> result = work(tx);
      if (!result.ok()) return result.error();
      out = std::move(result).value();
      return core::Ok{};
    });
    if (!status.ok()) return status.error();
    return std::move(*out);
  }

  class Pool;
  Dialect dialect_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  std::unique_ptr<Pool> pool_;
};

}  // namespace salient::store
