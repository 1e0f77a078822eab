// Event rules over real quotes and customers on SQLite: processing is idempotent when
// events are redelivered and runs repeated after a restart, a failing action leaves
// nothing half-done and is retried, and rules that trigger each other are stopped.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <sstream>

#include "auth/role_catalog.hpp"
#include "crm/order_import.hpp"
#include "crm/quote_service.hpp"
#include "crm/workflow_sources.hpp"
#include "store/outbox_consumer.hpp"
#include "store/testing/test_database.hpp"
#include "workflow/rule_runner.hpp"
#include "workflow/rule_service.hpp"

namespace salient::crm {
namespace {

using store::testing::TestDatabase;

const char* kOrders =
    "\"Row ID\",\"Order ID\",\"Order Date\",\"Ship Date\",\"Ship Mode\",\"Customer ID\",\"Customer Name\",\"Segment\","
    "\"Country\",\"City\",\"State\",\"Postal Code\",\"Region\",\"Product ID\",\"Category\",\"Sub-Category\",\"Product Name\","
    "\"Sales\",\"Quantity\",\"Discount\",\"Profit\"\n"
    "1,\"CA-1\",2016-11-08,2016-11-11,\"Second Class\",\"CG-1\",\"Claire Gute\",\"Consumer\",\"United States\","
    "\"Henderson\",\"Kentucky\",42420,\"South\",\"FUR-1\",\"Furniture\",\"Bookcases\",\"Bush Bookcase\",261.96,2,0,41.9\n";

class RuleFlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(auth::RoleCatalog::SeedBuiltins(db.db()).ok());
    ASSERT_TRUE(workflow::SeedBuiltInRules(db.db()).ok());
    std::istringstream in(kOrders);
    ASSERT_TRUE(ImportOrders(db.db(), auth::Actor::System(), in, {}).ok());
    customer = Scalar("SELECT id FROM customers");
    product = Scalar("SELECT id FROM products");
    Exec("UPDATE customers SET credit_limit = 100000000");  // ample: the credit check stays quiet
  }

  std::int64_t Scalar(const std::string& sql, const std::vector<store::Value>& params = {}) {
    return db.db().Read<std::int64_t>([&](store::Tx& tx) -> core::Result<std::int64_t> {
      return tx.QueryOne(sql, params)->Int(0);
    }).value();
  }
  void Exec(const std::string& sql, const std::vector<store::Value>& params = {}) {
    ASSERT_TRUE(db.db().Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
      tx.Exec(sql, params);
      return core::Ok{};
    }).ok());
  }
  core::Id SubmitQuote() {
    QuoteService quotes(db.db());
    auto q = quotes.Create(auth::Actor::System(), {customer, std::nullopt, std::nullopt, {{product, 2, 0}}});
    EXPECT_TRUE(q.ok()) << q.error().message;
    auto submitted = quotes.Submit(auth::Actor::System(), q->id, q->version);
    EXPECT_TRUE(submitted.ok()) << submitted.error().message;
    return q->id;
  }
  int DeliverEvents() { return consumer.RunOnce().value(); }
  // Runs every queued or failed run once, as the job runner would.
  void RunQueued() {
    std::vector<core::Id> runs;
    (void)db.db().Read<int>([&](store::Tx& tx) -> core::Result<int> {
      for (const auto& r : tx.Query("SELECT id FROM workflow_rule_runs WHERE status IN ('queued', 'failed') ORDER BY id"))
        runs.push_back(r.Int(0));
      return 0;
    });
    for (core::Id run : runs) (void)workflow::ExecuteRuleRun(db.db(), sources, run);
  }

  TestDatabase db{store::Dialect::kSqlite};
  workflow::RecordSources sources = WorkflowRecordSources();
  store::OutboxConsumer consumer{db.db(), "workflow_rules", workflow::QueueRuleRuns()};
  core::Id customer = 0, product = 0;
};

TEST_F(RuleFlowTest, RedeliveredEventsAndRepeatedRunsDoEverythingOnce) {
  const core::Id quote = SubmitQuote();
  DeliverEvents();
  const auto runs = Scalar("SELECT COUNT(*) FROM workflow_rule_runs");
  EXPECT_EQ(runs, 2);  // credit check and stocking hang on quote.submitted
  // A restart that forgot what it had processed sees the same events again.
  Exec("DELETE FROM outbox_processed");
  DeliverEvents();
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM workflow_rule_runs"), runs);
  // A job that ran, committed, and ran again (its lease ran out mid-way) changes nothing.
  RunQueued();
  Exec("UPDATE jobs SET status = 'queued'");
  for (const auto& id : {Scalar("SELECT MIN(id) FROM workflow_rule_runs"), Scalar("SELECT MAX(id) FROM workflow_rule_runs")})
    ASSERT_TRUE(workflow::ExecuteRuleRun(db.db(), sources, id).ok());
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM tasks WHERE type = 'stocking' AND object_id = ?", {quote}), 1);
  // Credit is ample for the imported customer: the credit check was judged and skipped.
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM workflow_rule_runs WHERE status = 'skipped'"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM tasks WHERE type = 'credit_check'"), 0);
}

TEST_F(RuleFlowTest, AFailingActionUndoesTheRunAndIsRetried) {
  // The imported customer has no owner, so "assign to the owner" fails after the first
  // action already created a task: neither may survive.
  Exec("UPDATE workflow_rules SET actions = ? WHERE builtin_key = 'stocking'",
       {R"([{"type":"create_task","task_type":"stocking","department":"warehouse","queue_role":"warehouse","title":"t"},
            {"type":"create_task","task_type":"follow_up","department":"sales","assignee":"owner","title":"f"}])"});
  SubmitQuote();
  DeliverEvents();
  RunQueued();
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM tasks"), 0);
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM workflow_rule_runs WHERE status = 'failed' AND attempts = 1 AND error LIKE "
                   "'create_task: the record has no owner%'"),
            1);
  // Someone fixes the cause; the retry does the whole run.
  Exec("INSERT INTO users (id, username, display_name, password_hash, role, active, created_at, updated_at) VALUES "
       "(7, 'owner', 'Owner', 'x', 'sales_rep', 1, 0, 0)");
  Exec("UPDATE quotes SET owner_id = 7");
  RunQueued();
  EXPECT_EQ(Scalar("SELECT COUNT(*) FROM tasks"), 2);
  EXPECT_EQ(Scalar("SELECT r.attempts FROM workflow_rule_runs r JOIN workflow_rules w ON w.id = r.rule_id WHERE "
                   "w.builtin_key = 'stocking' AND r.status = 'done' AND r.error IS NULL"),
            2);
}

TEST_F(RuleFlowTest, RulesThatTriggerEachOtherAreStopped) {
  workflow::RuleService rules(db.db(), sources);
  auto flip = [&](const char* from, const char* to) {
    workflow::RuleDefinition rule{std::string("flip ") + from, "", "customer.update",
                                  std::string("customer.status = '") + from + "'",
                                  boost::json::parse(std::string(R"([{"type":"set_field","field":"customer.status","value":")") +
                                                     to + "\"}]")
                                      .as_array(),
                                  true};
    auto created = rules.Create(auth::Actor::System(), rule);
    ASSERT_TRUE(created.ok()) << created.error().message;
  };
  flip("active", "dormant");
  flip("dormant", "active");
  Exec("UPDATE customers SET status = 'active'");
  // One real change starts the ping-pong; each flip is a customer.update the other rule hears.
  ASSERT_TRUE(db.db().Transact(store::TxMode::kWrite, [&](store::Tx& tx) {
    return sources.at("customer").set_field(tx, auth::Actor::System(), customer, "customer.status",
                                            boost::json::value("dormant"));
  }).ok());
  int rounds = 0;
  for (; rounds < 40; ++rounds) {
    DeliverEvents();
    if (Scalar("SELECT COUNT(*) FROM workflow_rule_runs WHERE status = 'queued'") == 0) break;
    RunQueued();
  }
  EXPECT_LT(rounds, 40) << "the rules never stopped";
  EXPECT_GE(Scalar("SELECT COUNT(*) FROM workflow_rule_runs WHERE status = 'loop_stopped'"), 1);
  EXPECT_LE(Scalar("SELECT COUNT(*) FROM workflow_rule_runs WHERE status = 'done'"), 2 * workflow::kLoopLimit);
}

}  // namespace
}  // namespace salient::crm
