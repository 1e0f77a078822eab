#include "forecast/band_alerts.hpp"

#include <gtest/gtest.h>

namespace salient::forecast {
namespace {

std::vector<ActualVsForecast> Days(std::vector<double> actual, double forecast = 100) {
  std::vector<ActualVsForecast> out;
  const Date first = *ParseDate("2026-11-01");
  for (size_t i = 0; i < actual.size(); ++i) out.push_back({first + std::chrono::days{i}, actual[i], forecast});
  return out;
}

TEST(BandAlerts, FiresExactlyOnTheThirdConsecutiveOutOfBandDay) {
  const BandRule rule;  // ±15%, 3 days
  EXPECT_TRUE(FindBandBreaches(Days({80, 80}), rule).empty()) << "two days are not enough";
  EXPECT_TRUE(FindBandBreaches(Days({80, 80, 90, 80, 80}), rule).empty()) << "a day back in band resets the count";
  EXPECT_TRUE(FindBandBreaches(Days({80, 120, 80}), rule).empty()) << "a drop then a surge is not a streak";
  EXPECT_TRUE(FindBandBreaches(Days({86, 86, 86}), rule).empty()) << "within 15% is in band";

  const auto breaches = FindBandBreaches(Days({100, 80, 84, 70, 60, 50}), rule);
  ASSERT_EQ(breaches.size(), 1u) << "one alert per streak, however long";
  EXPECT_EQ(breaches[0].first, *ParseDate("2026-11-02"));
  EXPECT_EQ(breaches[0].fired, *ParseDate("2026-11-04"));
  EXPECT_EQ(breaches[0].direction, -1);
  EXPECT_DOUBLE_EQ(breaches[0].gap, -20 - 16 - 30);
}

TEST(BandAlerts, ThresholdAndLengthAreConfigurable) {
  const auto surges = FindBandBreaches(Days({111, 111, 130, 130, 100, 130, 130}), {0.10, 2});
  ASSERT_EQ(surges.size(), 2u);
  EXPECT_EQ(surges[0].fired, *ParseDate("2026-11-02"));
  EXPECT_EQ(surges[0].direction, 1);
  EXPECT_EQ(surges[1].fired, *ParseDate("2026-11-07"));
}

TEST(BandAlerts, AWideIntervalWidensTheBand) {
  auto days = Days({70, 70, 70});
  for (auto& d : days) d.lo80 = 60, d.hi80 = 140;  // a noisy series: 70 is within its 80% interval
  EXPECT_TRUE(FindBandBreaches(days, {}).empty());
  for (auto& d : days) d.lo80 = 95, d.hi80 = 105;  // a steady one: the ±15% threshold decides
  EXPECT_EQ(FindBandBreaches(days, {}).size(), 1u);
}

TEST(RootCause, FindsTheZoneWithTheInjectedDrop) {
  const auto ranked = RankChildGaps({{"zone=EAST", "East", 300, 310},
                                     {"zone=WEST", "West", 120, 300},
                                     {"zone=SOUTH", "South", 205, 200},
                                     {"zone=CENTRAL", "Central", 190, 200}});
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].key, "zone=WEST");
  EXPECT_DOUBLE_EQ(ranked[0].gap, -180);
  EXPECT_NEAR(ranked[0].share, 180.0 / 195.0, 1e-12);
  EXPECT_EQ(ranked.back().key, "zone=SOUTH") << "a child that moved against the gap explains none of it";
}

}  // namespace
}  // namespace salient::forecast
