#pragma once
// One driver session. Only store/*.cpp include this header (it pulls in SOCI).
#include <soci/soci.h>

#include <optional>

#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::store {

class Connection {
 public:
  explicit Connection(Dialect dialect) : dialect(dialect) {}
  virtual ~Connection() = default;

  // Translates a driver exception into an Error; `retryable` is set for
  // serialization failures and deadlocks, which Database::Transact retries.
  virtual core::Error Translate(const std::exception& e, bool& retryable) const = 0;
  // Re-establishes a session that failed; throws when the database is still down.
  virtual void Reconnect() = 0;

  // Runs one statement with `?` parameters; throws on driver errors. The default
  // goes through SOCI; SQLite overrides it with cached prepared statements.
  virtual std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params);
  // Tx::ForEachRow; the default reads the rows first (SOCI has no cheaper way).
  virtual void ForEachRow(std::string_view sql, const std::vector<Value>& params,
                          const std::function<void(const RowView&)>& each);
  // Returns the number of rows changed.
  virtual std::int64_t Exec(std::string_view sql, const std::vector<Value>& params);

  soci::session session;
  Dialect dialect;
  bool broken = false;
};

std::unique_ptr<Connection> OpenSqliteConnection(const std::string& path);
std::unique_ptr<Connection> OpenPostgresConnection(const std::string& url);

}  // namespace salient::store
