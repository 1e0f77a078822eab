// The only code that talks to the SQLite backend of SOCI.
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <filesystem>

#include "store/internal/connection.hpp"

namespace salient::store {

namespace {

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(std::string path) : Connection(Dialect::kSqlite), path_(std::move(path)) {
    Open();
  }

  core::Error Translate(const std::exception& e, bool& retryable) const override {
    retryable = false;
    if (auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
      switch (sqlite->result() & 0xff) {
        case SQLITE_CONSTRAINT:
          return {core::ErrorCode::kConflict, std::string("constraint violated: ") + e.what(), {}};
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
          retryable = true;
          return {core::ErrorCode::kUnavailable, "database is busy", {}};
        case SQLITE_FULL:
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
          return {core::ErrorCode::kUnavailable, e.what(), {}};
        default:
          break;
      }
    }
    return {core::ErrorCode::kInternal, e.what(), {}};
  }

  void Reconnect() override {
    session.close();
    Open();
    broken = false;
  }

 private:
  void Open() {
    const auto parent = std::filesystem::path(path_).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    session.open(*soci::factory_sqlite3(), "db=\"" + path_ + "\" timeout=10");
    // WAL + synchronous=FULL: an acknowledged COMMIT survives power loss.
    session << "PRAGMA journal_mode=WAL";
    session << "PRAGMA synchronous=FULL";
    session << "PRAGMA foreign_keys=ON";
    session << "PRAGMA busy_timeout=10000";
  }

  std::string path_;
};

}  // namespace

std::unique_ptr<Connection> OpenSqliteConnection(const std::string& path) {
  return std::make_unique<SqliteConnection>(path);
}

}  // namespace salient::store
