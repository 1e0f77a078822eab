#include "forecast/reconcile.hpp"

#include <gtest/gtest.h>

#include <random>

namespace salient::forecast {
namespace {

const std::vector<std::string> kKeys = {"total",        "zone=A",       "zone=B",       "cat=x",       "cat=y",
                                        "zone=A|cat=x", "zone=A|cat=y", "zone=B|cat=x", "zone=B|cat=y"};

std::vector<SeriesForecast> Forecasts(const std::vector<double>& points, bool with_errors) {
  std::mt19937 random(3);
  std::normal_distribution<double> noise(0, 5);
  std::vector<SeriesForecast> out;
  for (size_t i = 0; i < points.size(); ++i) {
    SeriesForecast f;
    f.id = kKeys[i];
    f.point = {points[i], points[i] * 1.1};
    f.lo80 = f.lo95 = {points[i] * 0.8, points[i] * 0.9};
    f.hi80 = f.hi95 = {points[i] * 1.2, points[i] * 1.3};
    for (int t = 0; with_errors && t < 24; ++t) f.backtest_errors.push_back(noise(random) * (i == 0 ? 3 : 1));
    out.push_back(f);
  }
  return out;
}

void ExpectCoherent(const std::vector<SeriesForecast>& f) {
  for (size_t j = 0; j < 2; ++j) {
    const auto p = [&](size_t i) { return f[i].point[j]; };
    EXPECT_NEAR(p(0), p(1) + p(2), 1e-6);
    EXPECT_NEAR(p(0), p(3) + p(4), 1e-6);
    EXPECT_NEAR(p(1), p(5) + p(6), 1e-6);
    EXPECT_NEAR(p(2), p(7) + p(8), 1e-6);
    EXPECT_NEAR(p(3), p(5) + p(7), 1e-6);
    EXPECT_NEAR(p(4), p(6) + p(8), 1e-6);
  }
}

TEST(Reconcile, HierarchyIsReadOffTheKeys) {
  const auto h = HierarchyFromKeys(kKeys);
  ASSERT_TRUE(h);
  EXPECT_EQ(h->bottom, (std::vector<size_t>{5, 6, 7, 8}));
  EXPECT_EQ(h->covers[0].size(), 4u);
  EXPECT_EQ(h->covers[3], (std::vector<size_t>{0, 2}));  // cat=x: A|x and B|x
  EXPECT_FALSE(HierarchyFromKeys({"zone=A|cat=x", "zone=C"}));
}

TEST(Reconcile, EveryMethodAddsUp) {
  const std::vector<double> incoherent = {100, 55, 40, 62, 41, 30, 22, 35, 20};
  const auto h = *HierarchyFromKeys(kKeys);
  for (auto method : {Reconciliation::kBottomUp, Reconciliation::kMinTShrink}) {
    for (bool errors : {true, false}) {  // MinT with estimated or structural weights
      auto f = Forecasts(incoherent, errors);
      Reconcile(h, f, method);
      ExpectCoherent(f);
      for (const auto& s : f) EXPECT_LE(s.lo80[0], s.point[0]);
    }
  }
  auto bottom_up = Forecasts(incoherent, true);
  Reconcile(h, bottom_up, Reconciliation::kBottomUp);
  EXPECT_DOUBLE_EQ(bottom_up[0].point[0], 30 + 22 + 35 + 20);
}

TEST(Reconcile, CoherentForecastsStayAsTheyAre) {
  const std::vector<double> coherent = {100, 60, 40, 55, 45, 30, 30, 25, 15};
  auto f = Forecasts(coherent, true);
  Reconcile(*HierarchyFromKeys(kKeys), f, Reconciliation::kMinTShrink);
  for (size_t i = 0; i < coherent.size(); ++i) EXPECT_NEAR(f[i].point[0], coherent[i], 1e-6) << kKeys[i];
}

TEST(Reconcile, NonNegativeSeriesStayNonNegative) {
  auto f = Forecasts({100, 0, 100, 50, 50, 0, 0, 50, 50}, true);
  f[5].point = {-20, -20};  // a base forecast below zero
  Reconcile(*HierarchyFromKeys(kKeys), f, Reconciliation::kMinTShrink);
  for (const auto& s : f) EXPECT_GE(s.point[0], 0.0) << s.id;
  ExpectCoherent(f);
}

TEST(Reconcile, OtherCutsAreScaledToTheTotal) {
  std::vector<SeriesForecast> channels(2);
  channels[0].point = channels[0].lo80 = channels[0].hi80 = channels[0].lo95 = channels[0].hi95 = {30, 10};
  channels[1].point = channels[1].lo80 = channels[1].hi80 = channels[1].lo95 = channels[1].hi95 = {10, 0};
  ScaleToTotal(channels, {80, 5});
  EXPECT_DOUBLE_EQ(channels[0].point[0], 60);
  EXPECT_DOUBLE_EQ(channels[1].point[0], 20);
  EXPECT_DOUBLE_EQ(channels[0].point[1], 5);
  EXPECT_DOUBLE_EQ(channels[1].hi95[1], 0);
}

}  // namespace
}  // namespace salient::forecast
