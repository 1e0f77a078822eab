// The weighted-pipeline regressor against a real (SQLite) database: today's pipeline for
// the horizon, the pipeline as it stood for past periods (no peeking at the outcome).
#include "forecast/regressors.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/testing/test_database.hpp"

namespace salient::forecast {
namespace {

constexpr std::int64_t kDay = 24LL * 3600 * 1000;
const Date kToday = *ParseDate("2026-11-27");

std::int64_t At(const char* iso) { return DayStartMillis(*ParseDate(iso)); }

class PipelineRegressor : public ::testing::Test {
 protected:
  store::testing::TestDatabase test_db{store::Dialect::kSqlite, kToday.time_since_epoch().count() * kDay};

  void SetUp() override {
    ASSERT_TRUE(test_db.db().Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
      for (int z = 0; z < 2; ++z) {
        tx.Exec("INSERT INTO zones (id, kind, name, code, created_at, updated_at) VALUES (?, 'zone', ?, ?, 0, 0)",
                {std::int64_t(10 + z), z ? "West" : "East", z ? "WEST" : "EAST"});
        tx.Exec("INSERT INTO customers (id, code, name, segment, zone_id, channel, created_at, updated_at) "
                "VALUES (?, ?, ?, 'Consumer', ?, 'direct', 0, 0)",
                {std::int64_t(20 + z), "C" + std::to_string(z), "Customer " + std::to_string(z), std::int64_t(10 + z)});
      }
      return core::Ok{};
    }).ok());
  }

  // A deal of `yuan` closing on `close`, now in `stage`, that went through `history`.
  void Deal(std::int64_t id, int zone, std::int64_t yuan, const char* stage, int probability, const char* close,
            const char* created, const std::vector<std::pair<const char*, const char*>>& history) {
    ASSERT_TRUE(test_db.db().Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
      tx.Exec("INSERT INTO opportunities (id, name, customer_id, zone_id, amount, stage, probability, "
              "expected_close_date, created_at, updated_at) VALUES (?, 'deal', ?, ?, ?, ?, ?, ?, ?, ?)",
              {id, std::int64_t(20 + zone), std::int64_t(10 + zone), yuan * 100, stage, probability, At(close),
               At(created), At(created)});
      std::int64_t step = id * 10;
      for (const auto& [to_stage, at] : history)
        tx.Exec("INSERT INTO opportunity_stage_history (id, opportunity_id, to_stage, at) VALUES (?, ?, ?, ?)",
                {++step, id, to_stage, At(at)});
      return core::Ok{};
    }).ok());
  }

  // The weighted_pipeline values of East's monthly series (history June–November 2026)
  // and a 2-month horizon.
  std::vector<double> EastPipeline() {
    SalesSeries east;
    east.key = "zone=EAST";
    east.members = {{"zone", "EAST"}};
    east.first = *ParseDate("2026-06-01");
    east.values.assign(6, 1000.0);
    std::vector<double> out;
    EXPECT_TRUE(test_db.db().Transact(store::TxMode::kRead, [&](store::Tx& tx) -> core::Status {
      auto regressors = BuildRegressors(tx, Frequency::kMonthly, {east}, 2);
      if (!regressors.ok()) return regressors.error();
      const auto at = std::find(regressors->names.begin(), regressors->names.end(), "weighted_pipeline");
      EXPECT_NE(at, regressors->names.end());
      if (at != regressors->names.end()) out = regressors->values[0][size_t(at - regressors->names.begin())];
      return core::Ok{};
    }).ok());
    return out;
  }
};

TEST_F(PipelineRegressor, TheHorizonCarriesTodaysOpenDealsWeightedByTheirProbability) {
  Deal(1, 0, 10000, "proposal", 50, "2026-12-15", "2026-10-01", {{"lead", "2026-10-01"}, {"proposal", "2026-11-01"}});
  Deal(2, 0, 4000, "negotiation", 80, "2027-01-10", "2026-11-01", {{"negotiation", "2026-11-01"}});
  Deal(3, 0, 9999, "lost", 0, "2026-12-20", "2026-09-01", {{"lead", "2026-09-01"}, {"lost", "2026-11-20"}});
  Deal(4, 1, 7777, "proposal", 50, "2026-12-15", "2026-10-01", {{"proposal", "2026-10-01"}});  // West

  const std::vector<double> pipeline = EastPipeline();
  ASSERT_EQ(pipeline.size(), 8u);
  EXPECT_DOUBLE_EQ(pipeline[6], 5000);  // December: half of deal 1; the lost deal adds nothing
  EXPECT_DOUBLE_EQ(pipeline[7], 3200);  // January: the deal's own 80%, not the stage's 75%
  for (size_t t = 0; t < 6; ++t) EXPECT_DOUBLE_EQ(pipeline[t], 0) << "month " << t;
}

TEST_F(PipelineRegressor, PastMonthsSeeTheStageTheDealWasInWhenTheMonthBegan) {
  // Won in September, but on 1 September it was a 10% lead: September sees 10%.
  Deal(1, 0, 10000, "won", 100, "2026-09-20", "2026-07-15", {{"lead", "2026-07-15"}, {"won", "2026-09-10"}});
  // Already won before October began: October sees all of it.
  Deal(2, 0, 3000, "won", 100, "2026-10-05", "2026-08-01", {{"lead", "2026-08-01"}, {"won", "2026-09-25"}});
  // Created after its close month began: nobody could have known of it.
  Deal(3, 0, 5000, "won", 100, "2026-08-25", "2026-08-10", {{"won", "2026-08-10"}});
  // Lost before July began: July sees nothing.
  Deal(4, 0, 6000, "lost", 0, "2026-07-30", "2026-05-01", {{"lead", "2026-05-01"}, {"lost", "2026-06-20"}});

  const std::vector<double> pipeline = EastPipeline();
  ASSERT_EQ(pipeline.size(), 8u);
  EXPECT_DOUBLE_EQ(pipeline[1], 0);     // July
  EXPECT_DOUBLE_EQ(pipeline[2], 0);     // August
  EXPECT_DOUBLE_EQ(pipeline[3], 1000);  // September
  EXPECT_DOUBLE_EQ(pipeline[4], 3000);  // October
}

}  // namespace
}  // namespace salient::forecast
