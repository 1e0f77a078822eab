#pragma once
// Test-only: a fresh, migrated database per fixture. SQLite gets a temporary file;
// PostgreSQL gets a new database on the cluster named by SALIENT_TEST_PG_URL (set by
// scripts/with-postgres), dropped again at the end.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

#include "core/clock.hpp"
#include "core/id.hpp"
#include "store/database.hpp"
#include "store/migrate.hpp"

namespace salient::store::testing {

class TestDatabase {
 public:
  explicit TestDatabase(Dialect dialect, core::Millis start_ms = 1764230400000)
      : clock_(start_ms), ids_(clock_, 1) {
    static std::atomic<int> counter{0};
    const std::string tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (dialect == Dialect::kSqlite) {
      path_ = std::filesystem::temp_directory_path() / ("salient_test_" + tag + ".db");
      std::filesystem::remove(path_);
      url_ = "sqlite:" + path_.string();
    } else {
      const char* admin = std::getenv("SALIENT_TEST_PG_URL");
      if (admin == nullptr) throw std::runtime_error("SALIENT_TEST_PG_URL is not set (run via scripts/with-postgres)");
      admin_url_ = admin;
      database_ = "salient_t_" + tag;
      Admin("CREATE DATABASE " + database_);
      const auto slash = admin_url_.rfind('/');
      url_ = admin_url_.substr(0, slash + 1) + database_;
    }
    auto db = Database::Open({url_, 4}, clock_, ids_);
    if (!db.ok()) throw std::runtime_error(db.error().message);
    db_ = std::move(db).value();
    auto migrated = Migrate(*db_, EmbeddedMigrations());
    if (!migrated.ok()) throw std::runtime_error(migrated.error().message);
  }

  ~TestDatabase() {
    db_.reset();
    if (!path_.empty()) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
    }
    if (!database_.empty()) Admin("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
  }

  Database& db() { return *db_; }
  core::ManualClock& clock() { return clock_; }
  core::IdGenerator& ids() { return ids_; }
  const std::string& url() const { return url_; }

 private:
  void Admin(const std::string& sql) {
    core::SystemClock clock;
    core::IdGenerator ids(clock, 0);
    auto admin = Database::Open({admin_url_, 1}, clock, ids);
    if (!admin.ok()) throw std::runtime_error(admin.error().message);
    // CREATE/DROP DATABASE cannot run inside a transaction block: end the one Transact opens.
    auto status = admin.value()->Transact(TxMode::kWrite, [&](Tx& tx) -> core::Status {
      tx.Exec("COMMIT");
      tx.Exec(sql);
      tx.Exec("BEGIN");
      return core::Ok{};
    });
    if (!status.ok()) throw std::runtime_error(status.error().message);
  }

  core::ManualClock clock_;
  core::IdGenerator ids_;
  std::filesystem::path path_;
  std::string admin_url_;
  std::string database_;
  std::string url_;
  std::unique_ptr<Database> db_;
};

// Runs a test body against both databases: TEST_P over this parameter.
inline std::string DialectName(const ::testing::TestParamInfo<Dialect>& info) {
  return info.param == Dialect::kSqlite ? "sqlite" : "postgres";
}

}  // namespace salient::store::testing
