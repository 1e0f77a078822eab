// The refresh against a real (SQLite) database: the data-quality gate, band alerts and
// the root cause on synthetic sales with a known story.
#include "forecast/refresh.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <random>

#include "forecast/alert_service.hpp"
#include "forecast/sales_series.hpp"
#include "store/testing/test_database.hpp"

namespace salient::forecast {
namespace {

constexpr std::int64_t kDay = 24LL * 3600 * 1000;
const Date kToday = *ParseDate("2026-11-27");

// Two zones × two categories, one order per cell and day for 400 days, about 1,000
// each; `shape(zone, category, day)` multiplies it (1 = as usual).
class SyntheticSales : public ::testing::Test {
 protected:
  store::testing::TestDatabase test_db{store::Dialect::kSqlite, kToday.time_since_epoch().count() * kDay + 3600000};

  void Seed(const std::function<double(int, int, Date)>& shape, const std::function<bool(int)>& zone_missing = {}) {
    std::mt19937 random(11);
    std::normal_distribution<double> noise(1.0, 0.1);
    ASSERT_TRUE(test_db.db().Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
      for (int z = 0; z < 2; ++z) {
        tx.Exec("INSERT INTO zones (id, kind, name, code, created_at, updated_at) VALUES (?, 'zone', ?, ?, 0, 0)",
                {std::int64_t(10 + z), z ? "West" : "East", z ? "WEST" : "EAST"});
        tx.Exec("INSERT INTO customers (id, code, name, segment, zone_id, channel, created_at, updated_at) "
                "VALUES (?, ?, ?, 'Consumer', ?, 'direct', 0, 0)",
                {std::int64_t(20 + z), "C" + std::to_string(z), "Customer " + std::to_string(z), std::int64_t(10 + z)});
      }
      for (int c = 0; c < 2; ++c) {
        tx.Exec("INSERT INTO products (id, code, name, product_line, category, sub_category, list_price, created_at, "
                "updated_at) VALUES (?, ?, ?, 'Line', ?, 'Sub', 100, 0, 0)",
                {std::int64_t(30 + c), "P" + std::to_string(c), "Product " + std::to_string(c), c ? "Chairs" : "Paper"});
      }
      std::int64_t id = 1000;
      for (int d = 400; d >= 1; --d) {
        const Date day = kToday - std::chrono::days{d};
        for (int z = 0; z < 2; ++z) {
          for (int c = 0; c < 2; ++c) {
            const std::int64_t amount = std::int64_t(100000 * noise(random) * shape(z, c, day));
            if (amount <= 0) continue;
            const bool no_zone = zone_missing && zone_missing(int(id));
            tx.Exec("INSERT INTO orders (id, number, customer_id, zone_id, channel, status, order_date, subtotal, "
                    "discount_total, total, line_count, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, 'direct', 'closed', ?, ?, 0, ?, 1, 0, 0)",
                    {id, "SO" + std::to_string(id), std::int64_t(20 + z),
                     no_zone ? store::Value(store::Null{}) : store::Value(std::int64_t(10 + z)),
                     std::int64_t(day.time_since_epoch().count()) * kDay, amount, amount});
            tx.Exec("INSERT INTO order_lines (id, order_id, line_no, product_id, quantity, list_price, discount_bp, "
                    "net_amount) VALUES (?, ?, 1, ?, 1, ?, 0, ?)",
                    {id + 1, id, std::int64_t(30 + c), amount, amount});
            id += 2;
          }
        }
      }
      return core::Ok{};
    }).ok());
  }

  RefreshOutcome Run(std::optional<Date> as_of = std::nullopt, bool daily = false) {
    RefreshOptions options;
    options.as_of = as_of;
    options.daily = daily;
    auto outcome = RunForecastRefresh(test_db.db(), test_db.clock(), options);
    EXPECT_TRUE(outcome.ok());
    return outcome.ok() ? *outcome : RefreshOutcome{};
  }
};

TEST_F(SyntheticSales, TheGateStopsTrainingWhenFortyPercentOfTheLinesHaveNoZone) {
  Seed([](int, int, Date) { return 1.0; }, [](int id) { return id % 5 < 2; });  // ids step by 2: 40% of orders
  const RefreshOutcome outcome = Run();
  EXPECT_EQ(outcome.status, "blocked");
  EXPECT_NEAR(outcome.health_score, 0.6, 0.05);
  EXPECT_NE(outcome.message.find("have no zone"), std::string::npos) << outcome.message;
  EXPECT_EQ(outcome.series_count, 0);
  auto stored = test_db.db().Read<std::int64_t>(
      [](store::Tx& tx) -> core::Result<std::int64_t> { return tx.QueryOne("SELECT COUNT(*) FROM forecast_series")->Int(0); });
  EXPECT_EQ(*stored, 0) << "nothing was trained";
}

TEST_F(SyntheticSales, CleanDataPassesTheGateAndForecastsEveryLevel) {
  Seed([](int, int, Date) { return 1.0; });
  const RefreshOutcome outcome = Run();
  EXPECT_EQ(outcome.status, "succeeded") << outcome.message;
  EXPECT_GT(outcome.health_score, 0.9);
  EXPECT_EQ(outcome.series_count, 1 + 2 + 2 + 4 + 1 + 1);  // total, zones, categories, cells, channel, segment
}

TEST_F(SyntheticSales, ADropInOneZoneRaisesAnAlertWhoseRootCauseIsThatZone) {
  const Date drop = kToday - std::chrono::days{5};
  Seed([&](int zone, int, Date day) { return zone == 1 && day >= drop ? 0.2 : 1.0; });
  Run(kToday - std::chrono::days{10}, true);  // daily forecasts made before the drop
  const RefreshOutcome live = Run(std::nullopt, true);
  ASSERT_EQ(live.status, "succeeded") << live.message;
  EXPECT_GT(live.alerts_raised, 0);

  auto alerts = test_db.db().Read<std::vector<std::string>>([&](store::Tx& tx) -> core::Result<std::vector<std::string>> {
    std::vector<std::string> out;
    for (const auto& r : tx.Query("SELECT series_key || ' ' || first_period || ' ' || fired_period || ' ' || direction "
                                  "FROM forecast_alerts ORDER BY series_key")) {
      out.push_back(r.Str(0));
    }
    return out;
  });
  ASSERT_TRUE(alerts.ok());
  const std::string total_alert = "total " + FormatDate(drop) + " " + FormatDate(drop + std::chrono::days{2}) + " -1";
  EXPECT_NE(std::find(alerts->begin(), alerts->end(), total_alert), alerts->end())
      << "the total fires on exactly the 3rd day below the band";
  EXPECT_NE(std::find(alerts->begin(), alerts->end(),
                      "zone=WEST " + FormatDate(drop) + " " + FormatDate(drop + std::chrono::days{2}) + " -1"),
            alerts->end());
  for (const auto& a : *alerts) EXPECT_EQ(a.find("zone=EAST"), std::string::npos) << a;

  auto gaps = test_db.db().Read<std::vector<ChildGap>>([&](store::Tx& tx) {
    return ChildGapsVsBaseline(tx, {}, "zone", drop, 5, 28);
  });
  ASSERT_TRUE(gaps.ok());
  EXPECT_EQ(gaps->front().key, "WEST");
  EXPECT_GT(gaps->front().share, 0.9);
}

}  // namespace
}  // namespace salient::forecast
