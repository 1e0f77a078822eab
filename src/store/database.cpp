#include "store/database.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "core/text.hpp"
#include "store/internal/connection.hpp"

namespace salient::store {

namespace {

// Rewrites `?` parameters to SOCI's named form; both backends accept `:pN`.
std::string NumberParameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool in_string = false;
  for (char c : sql) {
    if (c == '\'') in_string = !in_string;
    if (c == '?' && !in_string) {
      out += ":p" + std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

// Bound values must outlive the statement; deques keep references stable.
struct Bindings {
  std::deque<long long> ints;
  std::deque<double> doubles;
  std::deque<std::string> strings;
  std::deque<soci::indicator> indicators;
};

void Bind(soci::details::prepare_temp_type& prep, const std::vector<Value>& params, Bindings& b) {
  for (const Value& v : params) {
    if (auto p = std::get_if<std::int64_t>(&v)) {
      prep, soci::use(b.ints.emplace_back(*p));
    } else if (auto p = std::get_if<double>(&v)) {
      prep, soci::use(b.doubles.emplace_back(*p));
    } else if (auto p = std::get_if<std::string>(&v)) {
      prep, soci::use(b.strings.emplace_back(*p));
    } else {
      prep, soci::use(b.strings.emplace_back(), b.indicators.emplace_back(soci::i_null));
    }
  }
}

Value ReadColumn(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return Null{};
  switch (row.get_properties(i).get_data_type()) {
    case soci::dt_integer:
      return std::int64_t{row.get<int>(i)};
    case soci::dt_long_long:
      return std::int64_t{row.get<long long>(i)};
    case soci::dt_unsigned_long_long:
      return static_cast<std::int64_t>(row.get<unsigned long long>(i));
    case soci::dt_double:
      return row.get<double>(i);
    case soci::dt_date: {
      std::tm tm = row.get<std::tm>(i);
      char buf[32];
      std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
      return std::string(buf);
    }
    default:
      return row.get<std::string>(i);
  }
}

}  // namespace

class Database::Pool {
 public:
  std::vector<std::unique_ptr<Connection>> all;
  std::vector<Connection*> idle;
  mutable std::mutex mutex;
  std::condition_variable available;

  Connection* Acquire() {
    std::unique_lock lock(mutex);
    if (!available.wait_for(lock, std::chrono::seconds(10), [&] { return !idle.empty(); }))
      return nullptr;
    Connection* c = idle.back();
    idle.pop_back();
    return c;
  }
  void Release(Connection* c) {
    {
      std::lock_guard lock(mutex);
      idle.push_back(c);
    }
    available.notify_one();
  }
};

std::vector<Row> Tx::Query(std::string_view sql, const std::vector<Value>& params) {
  return connection_.Query(sql, params);
}

void Tx::ForEachRow(std::string_view sql, const std::vector<Value>& params,
                    const std::function<void(const RowView&)>& each) {
  connection_.ForEachRow(sql, params, each);
}

std::int64_t Tx::Exec(std::string_view sql, const std::vector<Value>& params) {
  return connection_.Exec(sql, params);
}

std::vector<Row> Connection::Query(std::string_view sql, const std::vector<Value>& params) {
  Bindings bindings;
  soci::row row;
  const std::string text = NumberParameters(sql);
  soci::details::prepare_temp_type prep = (session.prepare << text);
  Bind(prep, params, bindings);
  prep, soci::into(row);
  soci::statement st(prep);
  std::vector<Row> rows;
  std::shared_ptr<std::vector<std::string>> names;
  bool got = st.execute(true);
  while (got) {
    if (!names) {
      names = std::make_shared<std::vector<std::string>>();
      for (std::size_t i = 0; i < row.size(); ++i)
        names->push_back(core::ToLower(row.get_properties(i).get_name()));
    }
    std::vector<Value> values;
    values.reserve(row.size());
    for (std::size_t i = 0; i < row.size(); ++i) values.push_back(ReadColumn(row, i));
    rows.emplace_back(std::move(values), names);
    got = st.fetch();
  }
  return rows;
}

void Connection::ForEachRow(std::string_view sql, const std::vector<Value>& params,
                            const std::function<void(const RowView&)>& each) {
  for (const Row& row : Query(sql, params)) each(row);
}

std::optional<Row> Tx::QueryOne(std::string_view sql, const std::vector<Value>& params) {
  auto rows = Query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::int64_t Connection::Exec(std::string_view sql, const std::vector<Value>& params) {
  Bindings bindings;
  const std::string text = NumberParameters(sql);
  soci::details::prepare_temp_type prep = (session.prepare << text);
  Bind(prep, params, bindings);
  soci::statement st(prep);
  st.execute(true);
  return st.get_affected_rows();
}

Database::Database(Dialect dialect, const core::Clock& clock, core::IdGenerator& ids)
    : dialect_(dialect), clock_(clock), ids_(ids), pool_(std::make_unique<Pool>()) {}

Database::~Database() = default;

core::Result<std::unique_ptr<Database>> Database::Open(const DatabaseConfig& config,
                                                       const core::Clock& clock,
                                                       core::IdGenerator& ids) {
  Dialect dialect;
  std::string target;
  if (core::StartsWith(config.url, "sqlite:")) {
    dialect = Dialect::kSqlite;
    target = config.url.substr(7);
  } else if (core::StartsWith(config.url, "postgresql://") || core::StartsWith(config.url, "postgres://")) {
    dialect = Dialect::kPostgres;
    target = config.url;
  } else {
    return core::Error::Invalid("db", "database URL must start with sqlite: or postgresql://");
  }
  if (target.empty()) return core::Error::Invalid("db", "database path is empty");
  std::unique_ptr<Database> db(new Database(dialect, clock, ids));
  try {
    for (int i = 0; i < std::max(1, config.pool_size); ++i) {
      db->pool_->all.push_back(dialect == Dialect::kSqlite ? OpenSqliteConnection(target)
                                                           : OpenPostgresConnection(target));
      db->pool_->idle.push_back(db->pool_->all.back().get());
    }
  } catch (const std::exception& e) {
    return core::Error{core::ErrorCode::kUnavailable, std::string("cannot open database: ") + e.what(), {}};
  }
  return db;
}

core::Status Database::Transact(TxMode mode, const std::function<core::Status(Tx&)>& work) {
  constexpr int kAttempts = 4;
  for (int attempt = 1;; ++attempt) {
    Connection* connection = pool_->Acquire();
    if (connection == nullptr)
      return core::Error{core::ErrorCode::kUnavailable, "no database connection available", {}};
    struct Releaser {
      Pool& pool;
      Connection* c;
      ~Releaser() { pool.Release(c); }
    } releaser{*pool_, connection};

    bool retryable = false;
    core::Error failure;
    try {
      if (connection->broken) connection->Reconnect();
      const char* begin = dialect_ == Dialect::kSqlite
                              ? (mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN")
                              : (mode == TxMode::kWrite ? "BEGIN" : "BEGIN READ ONLY");
      connection->Exec(begin, {});
      Tx tx(*connection, dialect_, ids_, clock_);
      core::Status status = work(tx);
      if (status.ok()) {
        connection->Exec("COMMIT", {});
        return status;
      }
      connection->Exec("ROLLBACK", {});
      return status;
    } catch (const std::exception& e) {
      failure = connection->Translate(e, retryable);
      try {
        connection->Exec("ROLLBACK", {});
      } catch (const std::exception&) {
        connection->broken = true;  // reconnect on next use
      }
      if (failure.code == core::ErrorCode::kUnavailable) connection->broken = !retryable;
    }
    if (!retryable || attempt == kAttempts) {
      if (failure.code == core::ErrorCode::kInternal || failure.code == core::ErrorCode::kUnavailable)
        spdlog::error("database: {}", failure.message);
      return failure;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt * attempt));
  }
}

core::Status Database::Ping() {
  return Transact(TxMode::kRead, [](Tx& tx) -> core::Status {
    tx.Query("SELECT 1");
    return core::Ok{};
  });
}

Database::PoolStats Database::Stats() const {
  std::lock_guard lock(pool_->mutex);
  return {static_cast<int>(pool_->all.size()),
          static_cast<int>(pool_->all.size() - pool_->idle.size())};
}

}  // namespace salient::store
