#include "store/testing/database_contract.hpp"

namespace salient::store::testing {

INSTANTIATE_TEST_SUITE_P(Sqlite, DatabaseContract, ::testing::Values(Dialect::kSqlite), DialectName);

TEST(SplitStatements, SkipsCommentsAndSplitsOnTerminators) {
  auto statements = SplitStatements("-- header\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n");
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[1], "CREATE INDEX i\n  ON a (x)");
}

TEST(Migrate, IsIdempotent) {
  TestDatabase test_db(Dialect::kSqlite);
  auto again = Migrate(test_db.db(), EmbeddedMigrations());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.value().empty());
}

TEST(Database, RejectsUnknownUrl) {
  core::SystemClock clock;
  core::IdGenerator ids(clock, 0);
  auto db = Database::Open({"mysql://x", 1}, clock, ids);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().fields.at(0).field, "db");
}

}  // namespace salient::store::testing
