// Approval chains on a real SQLite database with a hand-moved clock: escalation after the
// due time, parallel steps, and threads racing to decide one step.
#include "workflow/approval_service.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "auth/role_catalog.hpp"
#include "store/testing/test_database.hpp"

namespace salient::workflow {
namespace {

constexpr core::Id kZone = 100, kRep = 10, kManager = 11, kDirector = 12, kFinance = 13;

auth::Actor Person(core::Id id, const std::string& role, std::vector<core::Id> subtree = {}) {
  auth::Actor actor;
  actor.user_id = id;
  actor.role_name = role;
  actor.display_name = role;
  actor.zone_subtree = subtree;
  if (!subtree.empty()) actor.zone_id = subtree.front();
  for (const auto& r : auth::DefaultRoles())
    if (r.name == role) actor.role = std::make_shared<const auth::RoleDefinition>(r);
  return actor;
}

class ApprovalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(auth::RoleCatalog::SeedBuiltins(db.db()).ok());
    ASSERT_TRUE(db.db().Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
      tx.Exec("INSERT INTO zones (id, kind, name, code, manager_id, created_at, updated_at) VALUES (?, 'zone', 'East', 'EAST', ?, 0, 0)",
              {kZone, kManager});
      for (auto [id, role] : std::vector<std::pair<core::Id, const char*>>{
               {kRep, "sales_rep"}, {kManager, "zone_manager"}, {kDirector, "sales_director"}, {kFinance, "finance"}})
        tx.Exec("INSERT INTO users (id, username, display_name, role, zone_id, password_hash, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'x', 0, 0)",
                {id, role, role, role, kZone});
      return core::Ok{};
    }).ok());
  }
  core::Id Start(std::vector<ApprovalStepSpec> steps) {
    return db.db().Write<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
      return StartApproval(tx, {"quote", 1, "QT-1", boost::json::object{}, kRep, kZone, 100, "CNY", steps, std::nullopt});
    }).value();
  }

  store::testing::TestDatabase db{store::Dialect::kSqlite};
  ApprovalService approvals{db.db(), {}};
  auth::Actor rep = Person(kRep, "sales_rep", {kZone});
  auth::Actor manager = Person(kManager, "zone_manager", {kZone});
  auth::Actor director = Person(kDirector, "sales_director");
  auth::Actor finance = Person(kFinance, "finance");
};

TEST_F(ApprovalTest, AnOverdueStepIsEscalatedToTheDirectorsOnce) {
  const core::Id id = Start({{1, "manager", "zone_manager", kZone}});
  EXPECT_EQ(approvals.Decide(director, id, true, std::nullopt).error().code, core::ErrorCode::kPermissionDenied);
  EXPECT_EQ(EscalateOverdueApprovals(db.db()).value(), 0);  // not due yet
  db.clock().Advance(kApprovalStepDueMs + 1);
  EXPECT_EQ(EscalateOverdueApprovals(db.db()).value(), 1);
  EXPECT_EQ(EscalateOverdueApprovals(db.db()).value(), 0);  // once
  const auto decided = approvals.Decide(director, id, true, std::string("逾期，代为审批"));
  ASSERT_TRUE(decided.ok()) << decided.error().message;
  EXPECT_EQ(decided->at("status").as_string(), "approved");
  EXPECT_NE(decided->at("steps").as_array()[0].at("escalated_at"), nullptr);
}

TEST_F(ApprovalTest, ParallelStepsAllApproveBeforeTheNextOpens) {
  const core::Id id = Start({{1, "finance", "finance", std::nullopt},
                             {1, "manager", "zone_manager", kZone},
                             {2, "director", "sales_director", std::nullopt}});
  EXPECT_EQ(approvals.Decide(finance, id, true, std::nullopt)->at("current_seq").as_int64(), 1);
  EXPECT_EQ(approvals.Decide(director, id, true, std::nullopt).error().code, core::ErrorCode::kPermissionDenied);
  EXPECT_EQ(approvals.Decide(manager, id, true, std::nullopt)->at("current_seq").as_int64(), 2);
  const auto rejected = approvals.Decide(director, id, false, std::string("价格过低"));
  EXPECT_EQ(rejected->at("status").as_string(), "rejected");
  EXPECT_EQ(approvals.Decide(rep, id, true, std::nullopt).error().code, core::ErrorCode::kPermissionDenied);
}

TEST_F(ApprovalTest, ThreadsRacingOnOneStepGetExactlyOneDecision) {
  const core::Id id = Start({{1, "manager", "zone_manager", kZone}});
  std::atomic<int> ok{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      auto r = approvals.Decide(manager, id, i % 2 == 0, std::string("race"));
      if (r.ok()) ++ok;
      else if (r.error().code == core::ErrorCode::kConflict) ++conflicts;
      else ++other;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 1);
  EXPECT_EQ(conflicts.load(), 7);
  EXPECT_EQ(other.load(), 0);
}

}  // namespace
}  // namespace salient::workflow
