#pragma once
// The store's contract, run against SQLite (database_test.cpp) and PostgreSQL
// (database_pgtest.cpp) with the same assertions.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/bulk_load.hpp"
#include "store/jobs.hpp"
#include "store/outbox.hpp"
#include "store/scope.hpp"
#include "store/sql_builder.hpp"
#include "store/testing/test_database.hpp"

namespace salient::store::testing {

class DatabaseContract : public ::testing::TestWithParam<Dialect> {
 protected:
  TestDatabase test_db{GetParam()};
  Database& db = test_db.db();

  void EnqueueOne(std::string_view kind) {
    ASSERT_TRUE(db.Transact(TxMode::kWrite, [&](Tx& tx) -> core::Status {
      EnqueueJob(tx, kind, "{}");
      return core::Ok{};
    }).ok());
  }
};

TEST_P(DatabaseContract, CommitsAndReadsBackWithParameters) {
  auto status = db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    tx.Exec("INSERT INTO roles (name, label_zh, label_en, permissions, hidden_fields, updated_at) "
            "VALUES (?, ?, ?, '{}', '{}', ?)",
            {"tester", "测试员 'quoted'", "Tester", std::int64_t{1}});
    return core::Ok{};
  });
  ASSERT_TRUE(status.ok()) << status.error().message;
  auto label = db.Read<std::string>([](Tx& tx) -> core::Result<std::string> {
    return tx.QueryOne("SELECT label_zh FROM roles WHERE name = ?", {"tester"})->Str("label_zh");
  });
  ASSERT_TRUE(label.ok());
  EXPECT_EQ(label.value(), "测试员 'quoted'");
}

TEST_P(DatabaseContract, RollsBackWhenWorkFails) {
  auto status = db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    tx.Exec("INSERT INTO roles (name, label_zh, label_en, permissions, hidden_fields, updated_at) "
            "VALUES ('gone', 'x', 'x', '{}', '{}', 1)");
    return core::Error::Validation("name", "rejected");
  });
  EXPECT_EQ(status.error().code, core::ErrorCode::kValidation);
  auto count = db.Read<std::int64_t>([](Tx& tx) -> core::Result<std::int64_t> {
    return tx.QueryOne("SELECT COUNT(*) AS n FROM roles WHERE name = 'gone'")->Int(0);
  });
  EXPECT_EQ(count.value(), 0);
}

TEST_P(DatabaseContract, UniqueViolationIsConflictAndRollsBack) {
  auto insert = [&] {
    return db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
      tx.Exec("INSERT INTO roles (name, label_zh, label_en, permissions, hidden_fields, updated_at) "
              "VALUES ('dup', 'x', 'x', '{}', '{}', 1)");
      return core::Ok{};
    });
  };
  ASSERT_TRUE(insert().ok());
  auto second = insert();
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  // The connection is still usable after the failed statement.
  EXPECT_TRUE(db.Ping().ok());
}

TEST_P(DatabaseContract, NullsAndLargeIdsRoundTrip) {
  const core::Id big = (std::int64_t{1} << 62) + 12345;
  auto row = db.Write<Row>([&](Tx& tx) -> core::Result<Row> {
    tx.Exec("INSERT INTO outbox (id, topic, object, object_id, actor_id, payload, created_at) "
            "VALUES (?, 't', 'o', ?, ?, '{}', 1)",
            {big, Null{}, std::optional<std::int64_t>{}});
    return *tx.QueryOne("SELECT id, object_id, actor_id FROM outbox WHERE id = ?", {big});
  });
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->Int("id"), big);
  EXPECT_TRUE(row->IsNull("object_id"));
  EXPECT_FALSE(row->OptInt("actor_id").has_value());
}

// The in-place row view reads what Query reads, column by column, and a callback that
// throws leaves the connection ready for the same statement again.
TEST_P(DatabaseContract, ForEachRowReadsWhatQueryReads) {
  const std::string sql =
      "SELECT id, object_id, topic, 2.5 AS ratio, '42' AS number_text, CAST(NULL AS TEXT) AS missing FROM outbox "
      "WHERE created_at = ? ORDER BY id";
  auto status = db.Transact(TxMode::kWrite, [&](Tx& tx) -> core::Status {
    for (std::int64_t id : {11, 12, 13})
      tx.Exec("INSERT INTO outbox (id, topic, object, object_id, actor_id, payload, created_at) "
              "VALUES (?, ?, 'o', ?, NULL, '{}', 7)",
              {id, "topic " + std::to_string(id), id == 12 ? Value() : Value(id * 10)});
    return core::Ok{};
  });
  ASSERT_TRUE(status.ok()) << status.error().message;
  auto checked = db.Read<int>([&](Tx& tx) -> core::Result<int> {
    const auto rows = tx.Query(sql, {std::int64_t{7}});
    std::size_t at = 0;
    tx.ForEachRow(sql, {std::int64_t{7}}, [&](const RowView& view) {
      const Row& row = rows.at(at++);
      EXPECT_EQ(view.Int(0), row.Int(0));
      EXPECT_EQ(view.OptInt(1), row.OptInt(1));
      EXPECT_EQ(view.IsNull(1), row.IsNull(1));
      EXPECT_EQ(view.Str(1), row.Str(1));
      EXPECT_EQ(view.Str(2), row.Str(2));
      EXPECT_EQ(view.OptDouble(3), row.OptDouble(3));
      EXPECT_EQ(view.Int(4), 42);
      EXPECT_EQ(view.Str(4), "42");
      EXPECT_EQ(view.View(2), row.View(2));
      EXPECT_EQ(view.OptView(2), row.Str(2));
      EXPECT_EQ(view.OptView(5), std::nullopt);
      EXPECT_EQ(view.View(5), "");
      EXPECT_THROW((void)view.View(0), std::logic_error);  // a number is not text
      EXPECT_THROW((void)row.View(0), std::logic_error);
    });
    EXPECT_EQ(at, 3u);
    EXPECT_THROW(tx.ForEachRow(sql, {std::int64_t{7}}, [](const RowView&) { throw std::runtime_error("stop"); }),
                 std::runtime_error);
    int again = 0;
    tx.ForEachRow(sql, {std::int64_t{7}}, [&](const RowView&) { ++again; });
    return again;
  });
  ASSERT_TRUE(checked.ok()) << checked.error().message;
  EXPECT_EQ(checked.value(), 3);
}

TEST_P(DatabaseContract, OutboxReadsInIdOrder) {
  auto status = db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    for (int i = 0; i < 3; ++i) PublishEvent(tx, "thing.created", "thing", i + 1, std::nullopt, "{}");
    return core::Ok{};
  });
  ASSERT_TRUE(status.ok());
  auto events = db.Read<std::vector<Event>>([](Tx& tx) -> core::Result<std::vector<Event>> {
    return ReadEventsAfter(tx, 0, 10);
  });
  ASSERT_EQ(events->size(), 3u);
  EXPECT_LT(events.value()[0].id, events.value()[1].id);
  EXPECT_EQ(events.value()[2].object_id, 3);
}

TEST_P(DatabaseContract, ScopePredicateFiltersRows) {
  auto count = [&](const RecordScope& scope) {
    return db.Read<std::int64_t>([&](Tx& tx) -> core::Result<std::int64_t> {
      Predicate p = ScopePredicate(scope, "actor_id", "object_id");
      return tx.QueryOne("SELECT COUNT(*) FROM outbox WHERE " + p.sql, p.params)->Int(0);
    }).value();
  };
  ASSERT_TRUE(db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    PublishEvent(tx, "a", "o", 10, 1, "{}");  // zone 10, owner 1
    PublishEvent(tx, "a", "o", 20, 2, "{}");  // zone 20, owner 2
    PublishEvent(tx, "a", "o", 30, 3, "{}");  // zone 30, owner 3
    return core::Ok{};
  }).ok());
  EXPECT_EQ(count({ScopeKind::kNone, 1, {}}), 0);
  EXPECT_EQ(count({ScopeKind::kOwn, 2, {}}), 1);
  EXPECT_EQ(count({ScopeKind::kSubtree, 1, {20, 30}}), 3);
  EXPECT_EQ(count({ScopeKind::kZone, 9, {}}), 0);
  EXPECT_EQ(count({ScopeKind::kAll, 0, {}}), 3);
}

TEST_P(DatabaseContract, CountUpToStopsAtTheCapWithAndWithoutConditions) {
  ASSERT_TRUE(db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    for (core::Id zone = 1; zone <= 30; ++zone) PublishEvent(tx, "a", "o", zone, zone % 3, "{}");
    return core::Ok{};
  }).ok());
  auto count = [&](const Where& where, std::int64_t cap) {
    return db.Read<CappedCount>([&](Tx& tx) -> core::Result<CappedCount> {
      return CountUpTo(tx, "FROM outbox" + where.Sql(), where.params(), cap);
    }).value();
  };
  auto expect = [](CappedCount got, std::int64_t count, bool capped) {
    EXPECT_EQ(got.count, count);
    EXPECT_EQ(got.capped, capped);
  };
  Where all;
  all.And(ScopePredicate({ScopeKind::kAll, 0, {}}, "actor_id", "object_id"));
  EXPECT_EQ(all.Sql(), "") << "the all-rows scope adds no condition";
  expect(count(all, 100), 30, false);
  expect(count(all, 30), 30, false);
  expect(count(all, 29), 29, true);
  Where owned;
  owned.And(ScopePredicate({ScopeKind::kOwn, 1, {}}, "actor_id", "object_id")).And("object_id > ?", {std::int64_t{10}});
  expect(count(owned, 100), 6, false);  // zones 13, 16, …, 28 (owner 1 is zone % 3 == 1)
  expect(count(owned, 6), 6, false);
  expect(count(owned, 5), 5, true);
  Where none;
  none.And(ScopePredicate({ScopeKind::kNone, 1, {}}, "actor_id", "object_id"));
  expect(count(none, 0), 0, false);
}

TEST_P(DatabaseContract, FailedJobIsRetriedWithBackoffThenSucceeds) {
  ASSERT_TRUE(db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    EnqueueJob(tx, "flaky", R"({"n":1})");
    EXPECT_FALSE(EnqueueJob(tx, "once", "{}", {.dedupe_key = "k"}) == std::nullopt);
    EXPECT_TRUE(EnqueueJob(tx, "once", "{}", {.dedupe_key = "k"}) == std::nullopt);
    return core::Ok{};
  }).ok());
  JobRunner runner(db, "test");
  int calls = 0;
  runner.Register("flaky", [&](const Job& job) -> core::Status {
    ++calls;
    if (job.attempts < 2) return core::Error{core::ErrorCode::kUnavailable, "not yet", {}};
    return core::Ok{};
  });
  runner.Register("once", [](const Job&) -> core::Status { return core::Ok{}; });
  while (runner.RunOne()) {
  }
  EXPECT_EQ(calls, 1);  // the retry waits for its backoff
  test_db.clock().Advance(RetryDelay(1));
  EXPECT_TRUE(runner.RunOne());
  EXPECT_EQ(calls, 2);
  auto states = db.Read<std::string>([](Tx& tx) -> core::Result<std::string> {
    std::string s;
    for (const Row& r : tx.Query("SELECT kind, status, attempts FROM jobs ORDER BY kind"))
      s += r.Str(0) + ":" + r.Str(1) + ":" + r.Str(2) + " ";
    return s;
  });
  EXPECT_EQ(states.value(), "flaky:done:2 once:done:1 ");
}

TEST_P(DatabaseContract, ExpiredLeaseIsReclaimed) {
  ASSERT_TRUE(db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    EnqueueJob(tx, "work", "{}");
    // A worker that claimed the job and then died: its lease is still running.
    tx.Exec("UPDATE jobs SET status = 'running', attempts = 1, lease_until = ?", {tx.Now() + 1000});
    return core::Ok{};
  }).ok());
  JobRunner runner(db, "survivor");
  int calls = 0;
  runner.Register("work", [&](const Job&) -> core::Status { return ++calls, core::Ok{}; });
  EXPECT_FALSE(runner.RunOne());
  test_db.clock().Advance(1001);
  EXPECT_TRUE(runner.RunOne());
  EXPECT_EQ(calls, 1);
}

TEST_P(DatabaseContract, RunningJobKeepsItsLeaseWhileRenewed) {
  EnqueueOne("long");
  JobRunner worker(db, "worker", 1000);
  JobRunner other(db, "other", 1000);
  int worker_calls = 0, other_calls = 0;
  other.Register("long", [&](const Job&) -> core::Status { return ++other_calls, core::Ok{}; });
  worker.Register("long", [&](const Job&) -> core::Status {
    ++worker_calls;
    // Twice the lease passes while the handler works, renewed each time before it ends.
    for (int i = 0; i < 2; ++i) {
      test_db.clock().Advance(800);
      EXPECT_EQ(worker.RenewLeases(), 1);
    }
    test_db.clock().Advance(800);
    EXPECT_FALSE(other.RunOne()) << "a renewed lease is not taken over";
    return core::Ok{};
  });
  EXPECT_TRUE(worker.RunOne());
  EXPECT_EQ(worker.RenewLeases(), 0) << "a finished job holds no lease";
  EXPECT_EQ(worker_calls, 1);
  EXPECT_EQ(other_calls, 0);
}

TEST_P(DatabaseContract, WorkerThatLostItsLeaseCannotOverwriteTheNewerAttempt) {
  EnqueueOne("work");
  JobRunner stalled(db, "stalled", 1000);
  JobRunner survivor(db, "survivor", 1000);
  survivor.Register("work", [](const Job&) -> core::Status { return core::Ok{}; });
  stalled.Register("work", [&](const Job&) -> core::Status {
    // Stalled past its lease without renewing: the survivor takes the job and finishes it.
    test_db.clock().Advance(1001);
    EXPECT_TRUE(survivor.RunOne());
    EXPECT_EQ(stalled.RenewLeases(), 0);
    return core::Error{core::ErrorCode::kUnavailable, "too late", {}};
  });
  EXPECT_TRUE(stalled.RunOne());
  auto state = db.Read<std::string>([](Tx& tx) -> core::Result<std::string> {
    auto r = tx.QueryOne("SELECT status, attempts, leased_by, last_error FROM jobs");
    return r->Str(0) + ":" + r->Str(1) + ":" + r->Str(2) + ":" + r->OptStr(3).value_or("-");
  });
  EXPECT_EQ(state.value(), "done:2:survivor:-");
}

TEST_P(DatabaseContract, ConcurrentIncrementsAreNotLost) {
  ASSERT_TRUE(db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    tx.Exec("INSERT INTO outbox_consumers (name, last_id) VALUES ('counter', 0)");
    return core::Ok{};
  }).ok());
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        auto s = db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
          tx.Exec("UPDATE outbox_consumers SET last_id = last_id + 1 WHERE name = 'counter'");
          return core::Ok{};
        });
        if (!s.ok()) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  auto value = db.Read<std::int64_t>([](Tx& tx) -> core::Result<std::int64_t> {
    return tx.QueryOne("SELECT last_id FROM outbox_consumers WHERE name = 'counter'")->Int(0);
  });
  EXPECT_EQ(value.value(), 100);
}

TEST_P(DatabaseContract, SecondaryIndexesAreDroppedAndRebuiltButConstraintsStay) {
  auto count_indexes = [&] {
    return db.Read<std::int64_t>([](Tx& tx) -> core::Result<std::int64_t> {
      return tx.dialect() == Dialect::kSqlite
                 ? tx.QueryOne("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs'")->Int(0)
                 : tx.QueryOne("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'jobs'")->Int(0);
    }).value();
  };
  const auto before = count_indexes();
  ASSERT_TRUE(db.Transact(TxMode::kWrite, [&](Tx& tx) -> core::Status {
    auto dropped = SecondaryIndexes::Drop(tx, {"jobs"});
    EXPECT_EQ(EnqueueJob(tx, "k", "{}", {.dedupe_key = "same"}).has_value(), true);
    dropped.Rebuild(tx);
    return core::Ok{};
  }).ok());
  EXPECT_EQ(count_indexes(), before);
  // The UNIQUE constraint on dedupe_key survived the drop.
  auto duplicate = db.Transact(TxMode::kWrite, [](Tx& tx) -> core::Status {
    tx.Exec("INSERT INTO jobs (id, kind, payload, status, run_at, dedupe_key, created_at, updated_at) "
            "VALUES (1, 'k', '{}', 'queued', 0, 'same', 0, 0)");
    return core::Ok{};
  });
  EXPECT_EQ(duplicate.error().code, core::ErrorCode::kConflict);
}

}  // namespace salient::store::testing
