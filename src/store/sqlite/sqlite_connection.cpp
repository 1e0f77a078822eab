// The only code that talks to SQLite. SOCI opens the connection; statements run on the
// raw handle with a per-connection cache of prepared statements, which SOCI lacks and
// which halves the cost of a typical query (parsing and planning are done once).
#include <soci/sqlite3/soci-sqlite3.h>  // includes sqlite3.h inside namespace sqlite_api

#include <filesystem>
#include <stdexcept>
#include <unordered_map>

#include "store/internal/connection.hpp"

namespace salient::store {

namespace {

using namespace sqlite_api;

// A failed SQLite call: the extended result code and SQLite's message.
class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

// A column value's text (sqlite3_value_text before _bytes: it may convert the value).
std::string_view ValueText(sqlite3_value* v) {
  return {reinterpret_cast<const char*>(sqlite3_value_text(v)), static_cast<std::size_t>(sqlite3_value_bytes(v))};
}

// The statement's current row, read in place (the same conversions as Row for the values
// the schema stores). Each read takes the column's value once and asks it for type and
// text, instead of one sqlite3_column_* call (each with its own checks) per question. SQLite
// calls such values unprotected: safe here because a pooled connection has one thread.
class StatementRow final : public RowView {
 public:
  explicit StatementRow(sqlite3_stmt* stmt) : stmt_(stmt), columns_(sqlite3_column_count(stmt)) {}
  bool IsNull(std::size_t i) const override { return sqlite3_value_type(At(i)) == SQLITE_NULL; }
  std::int64_t Int(std::size_t i) const override { return sqlite3_value_int64(At(i)); }
  double Double(std::size_t i) const override { return sqlite3_value_double(At(i)); }
  std::string Str(std::size_t i) const override {
    sqlite3_value* v = At(i);
    switch (sqlite3_value_type(v)) {
      case SQLITE_NULL: return {};
      case SQLITE_INTEGER: return std::to_string(sqlite3_value_int64(v));
      case SQLITE_FLOAT: return std::to_string(sqlite3_value_double(v));
      default: return std::string(ValueText(v));
    }
  }
  std::string_view View(std::size_t i) const override { return OptView(i).value_or(std::string_view()); }
  std::optional<std::string_view> OptView(std::size_t i) const override {
    sqlite3_value* v = At(i);
    switch (sqlite3_value_type(v)) {
      case SQLITE_NULL: return std::nullopt;
      case SQLITE_INTEGER:
      case SQLITE_FLOAT: throw std::logic_error("column " + std::to_string(i) + " is not text");
      default: return ValueText(v);
    }
  }

 private:
  sqlite3_value* At(std::size_t i) const {
    if (i >= static_cast<std::size_t>(columns_)) throw std::out_of_range("no column " + std::to_string(i));
    return sqlite3_column_value(stmt_, static_cast<int>(i));
  }
  sqlite3_stmt* stmt_;
  int columns_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(std::string path) : Connection(Dialect::kSqlite), path_(std::move(path)) { Open(); }
  ~SqliteConnection() override { ClearCache(); }

  core::Error Translate(const std::exception& e, bool& retryable) const override {
    retryable = false;
    int code = -1;
    if (auto* native = dynamic_cast<const SqliteError*>(&e)) code = native->code;
    if (auto* soci_error = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) code = soci_error->result();
    switch (code & 0xff) {
      case SQLITE_CONSTRAINT:
        return {core::ErrorCode::kConflict, std::string("constraint violated: ") + e.what(), {}};
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        retryable = true;
        return {core::ErrorCode::kUnavailable, "database is busy", {}};
      case SQLITE_FULL:
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
      case SQLITE_READONLY:
        return {core::ErrorCode::kUnavailable, e.what(), {}};
      default:
        return {core::ErrorCode::kInternal, e.what(), {}};
    }
  }

  void Reconnect() override {
    ClearCache();
    session.close();
    Open();
    broken = false;
  }

  std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params) override {
    Statement& st = Prepare(sql);
    Bind(st.stmt, params);
    std::vector<Row> rows;
    const int columns = sqlite3_column_count(st.stmt);
    int rc;
    while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) {
      std::vector<Value> values;
      values.reserve(columns);
      for (int i = 0; i < columns; ++i) values.push_back(Column(sqlite3_column_value(st.stmt, i)));
      rows.emplace_back(std::move(values), st.names);
    }
    Finish(st.stmt, rc);
    return rows;
  }

  void ForEachRow(std::string_view sql, const std::vector<Value>& params,
                  const std::function<void(const RowView&)>& each) override {
    Statement& st = Prepare(sql);
    Bind(st.stmt, params);
    const StatementRow row(st.stmt);
    int rc;
    try {
      while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) each(row);
    } catch (...) {
      sqlite3_reset(st.stmt);  // the cached statement must not stay mid-result
      sqlite3_clear_bindings(st.stmt);
      throw;
    }
    Finish(st.stmt, rc);
  }

  std::int64_t Exec(std::string_view sql, const std::vector<Value>& params) override {
    Statement& st = Prepare(sql);
    Bind(st.stmt, params);
    int rc;
    while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) {
    }
    Finish(st.stmt, rc);
    return sqlite3_changes64(db_);
  }

 private:
  struct Statement {
    sqlite3_stmt* stmt = nullptr;
    std::shared_ptr<const std::vector<std::string>> names;
  };

  void Open() {
    const auto parent = std::filesystem::path(path_).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    UseMultiThreadMode();
    session.open(*soci::factory_sqlite3(), "db=\"" + path_ + "\" timeout=10");
    db_ = static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
    // WAL + synchronous=FULL: an acknowledged COMMIT survives power loss.
    Exec("PRAGMA journal_mode=WAL", {});
    Exec("PRAGMA synchronous=FULL", {});
    Exec("PRAGMA foreign_keys=ON", {});
    Exec("PRAGMA busy_timeout=10000", {});
    Exec("PRAGMA cache_size=-16384", {});  // 16 MiB per connection (default 2 MiB)
  }

  // The pool lends a connection to one thread at a time, so SQLite's default serialized
  // mode, which takes the connection's mutex on every call (each column read of each row),
  // is pure cost: ~10% of a 25-row list request. Memory statistics (which we never read)
  // take one process-wide mutex on every SQLite allocation, which the workers contended
  // for. Both must be set before SQLite initialises.
  static void UseMultiThreadMode() {
    static const bool applied = sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK &&
                                sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)applied;
  }

  Statement& Prepare(std::string_view sql) {
    auto it = cache_.find(sql);  // heterogeneous lookup: no string copy per statement
    if (it != cache_.end()) return it->second;
    if (cache_.size() >= 512) ClearCache();  // list filters make many variants; keep it bounded
    Statement st;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &st.stmt, &tail);
    if (rc != SQLITE_OK) throw SqliteError(sqlite3_extended_errcode(db_), std::string(sqlite3_errmsg(db_)) + " in: " + std::string(sql));
    auto names = std::make_shared<std::vector<std::string>>();
    for (int i = 0; i < sqlite3_column_count(st.stmt); ++i) {
      std::string name = sqlite3_column_name(st.stmt, i);
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      names->push_back(std::move(name));
    }
    st.names = std::move(names);
    return cache_.emplace(std::string(sql), st).first->second;
  }

  void Bind(sqlite3_stmt* stmt, const std::vector<Value>& params) {
    if (static_cast<int>(params.size()) != sqlite3_bind_parameter_count(stmt))
      throw SqliteError(SQLITE_RANGE, "statement expects " + std::to_string(sqlite3_bind_parameter_count(stmt)) +
                                          " parameters, got " + std::to_string(params.size()));
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int at = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc;
      // SQLITE_STATIC: `params` outlives the statement's execution.
      if (auto p = std::get_if<std::int64_t>(&v)) rc = sqlite3_bind_int64(stmt, at, *p);
      else if (auto p = std::get_if<double>(&v)) rc = sqlite3_bind_double(stmt, at, *p);
      else if (auto p = std::get_if<std::string>(&v)) rc = sqlite3_bind_text(stmt, at, p->data(), static_cast<int>(p->size()), SQLITE_STATIC);
      else rc = sqlite3_bind_null(stmt, at);
      if (rc != SQLITE_OK) throw SqliteError(rc, sqlite3_errmsg(db_));
    }
  }

  // An owned copy of a column, read the same way as StatementRow reads it.
  static Value Column(sqlite3_value* v) {
    switch (sqlite3_value_type(v)) {
      case SQLITE_INTEGER: return std::int64_t{sqlite3_value_int64(v)};
      case SQLITE_FLOAT: return sqlite3_value_double(v);
      case SQLITE_NULL: return Null{};
      default: return std::string(ValueText(v));
    }
  }

  void Finish(sqlite3_stmt* stmt, int rc) {
    if (rc != SQLITE_DONE) {
      SqliteError error(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_));  // before reset clears it
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
      throw error;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }

  void ClearCache() {
    for (auto& [_, st] : cache_) sqlite3_finalize(st.stmt);
    cache_.clear();
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, Statement, TextHash, std::equal_to<>> cache_;
};

}  // namespace

std::unique_ptr<Connection> OpenSqliteConnection(const std::string& path) {
  return std::make_unique<SqliteConnection>(path);
}

}  // namespace salient::store
