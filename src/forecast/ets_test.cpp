#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

#include "forecast/ets.hpp"

namespace salient::forecast {
namespace {

using Series = std::vector<double>;

Series Generate(int n, auto value) {
  Series y(n);
  for (int t = 0; t < n; ++t) y[t] = value(t);
  return y;
}

double Wave(int t, int period) { return std::sin(2 * std::numbers::pi * t / period); }

void ExpectFinite(const std::vector<double>& forecast) {
  for (const double value : forecast) EXPECT_TRUE(std::isfinite(value));
}

// Forecasts of a series whose continuation is known, compared point by point.
void ExpectCloseToTruth(const EtsFit& fit, int n, auto truth, double relative) {
  const std::vector<double> forecast = fit.Forecast(12);
  ASSERT_EQ(forecast.size(), 12u);
  for (int h = 1; h <= 12; ++h) {
    const double expected = truth(n + h - 1);
    EXPECT_NEAR(forecast[h - 1], expected, relative * std::abs(expected)) << "h=" << h;
  }
}

TEST(EtsForm, NamesFollowTheTaxonomy) {
  EXPECT_EQ((EtsForm{'M', 'A', true, 'M'}).Name(), "ETS(M,Ad,M)");
  EXPECT_EQ(EtsForm{}.Name(), "ETS(A,N,N)");
  EXPECT_EQ((EtsForm{'A', 'A', false, 'A'}).Name(), "ETS(A,A,A)");
}

TEST(EtsFit, ForecastUsesDampedSlopeAndSeasonMostRecentFirst) {
  EtsFit fit;
  fit.form = {'A', 'A', true, 'M'};
  fit.period = 2;
  fit.phi = 0.9;
  fit.level = 100;
  fit.slope = 2;
  fit.season = {1.1, 0.9};  // 1.1 is the state of the last observed period
  const std::vector<double> forecast = fit.Forecast(3);
  ASSERT_EQ(forecast.size(), 3u);
  EXPECT_DOUBLE_EQ(forecast[0], (100 + 0.9 * 2) * 0.9);
  EXPECT_DOUBLE_EQ(forecast[1], (100 + (0.9 + 0.81) * 2) * 1.1);
  EXPECT_DOUBLE_EQ(forecast[2], (100 + (0.9 + 0.81 + 0.729) * 2) * 0.9);
}

TEST(EtsFit, EmptyHorizonAndDefaultFitAreSafe) {
  EXPECT_TRUE(EtsFit{}.Forecast(0).empty());
  EXPECT_EQ(EtsFit{}.Forecast(4), std::vector<double>(4, 0.0));
}

TEST(FitEts, PureSeasonalSeriesChoosesASeasonalForm) {
  auto truth = [](int t) { return 100 + 20 * Wave(t, 12); };
  const Series y = Generate(48, truth);
  const auto fit = FitEts(y, 12);
  ASSERT_TRUE(fit);
  EXPECT_NE(fit->form.season, 'N') << fit->form.Name();
  EXPECT_EQ(fit->season.size(), 12u);
  EXPECT_EQ(fit->observations, 48);
  ExpectCloseToTruth(*fit, 48, truth, 0.03);
}

TEST(FitEts, LinearTrendContinues) {
  auto truth = [](int t) { return 10 + 2.0 * t; };
  const Series y = Generate(30, truth);
  const auto fit = FitEts(y, 1);
  ASSERT_TRUE(fit);
  EXPECT_EQ(fit->form.trend, 'A') << fit->form.Name();
  ExpectCloseToTruth(*fit, 30, truth, 0.01);
}

TEST(FitEts, MultiplicativeSeasonWithGrowth) {
  // Slightly noisy: on exact data the likelihood has no interior optimum to find.
  std::mt19937 rng(1);
  std::normal_distribution<double> noise(0, 0.01);
  auto truth = [](int t) { return (100 + 3.0 * t) * (1 + 0.3 * Wave(t, 12)); };
  const Series y = Generate(60, [&](int t) { return truth(t) * (1 + noise(rng)); });
  const auto fit = FitEts(y, 12);
  ASSERT_TRUE(fit);
  EXPECT_NE(fit->form.season, 'N') << fit->form.Name();
  ExpectCloseToTruth(*fit, 60, truth, 0.05);
}

TEST(FitEts, ConstantSeriesGivesAFlatForecastAtTheConstant) {
  for (const double constant : {0.0, 7.5, 1e9, -3.0}) {
    const Series y(24, constant);
    const auto fit = FitEts(y, 12);
    ASSERT_TRUE(fit) << constant;
    EXPECT_TRUE(std::isfinite(fit->aicc));
    for (const double value : fit->Forecast(12)) {
      EXPECT_NEAR(value, constant, 1e-9 * std::abs(constant) + 1e-12) << fit->form.Name();
    }
  }
}

TEST(FitEts, TooShortSeriesAreRejectedButThreePointsFit) {
  EXPECT_FALSE(FitEts(Series{}, 1));
  EXPECT_FALSE(FitEts(Series{5}, 1));
  EXPECT_FALSE(FitEts(Series{5, 6}, 12));
  const auto fit = FitEts(Series{5, 6, 7}, 12);
  ASSERT_TRUE(fit);
  EXPECT_EQ(fit->form.season, 'N');
  ExpectFinite(fit->Forecast(6));
}

TEST(FitEts, SeasonNeedsTwoFullSeasons) {
  const Series y = Generate(20, [](int t) { return 100 + 20 * Wave(t, 12); });
  const auto fit = FitEts(y, 12);
  ASSERT_TRUE(fit);
  EXPECT_EQ(fit->form.season, 'N');
  EXPECT_FALSE(FitEtsForm(y, 12, {'A', 'N', false, 'A'}));
}

TEST(FitEts, ZerosAndNegativesAllowOnlyAdditiveForms) {
  std::mt19937 rng(11);
  std::normal_distribution<double> noise(0, 5);
  const Series with_zero = Generate(40, [&](int t) { return t % 7 == 0 ? 0 : 50 + noise(rng); });
  const Series negative = Generate(40, [&](int t) { return -100 + t + noise(rng); });
  for (const Series& y : {with_zero, negative}) {
    const auto fit = FitEts(y, 4);
    ASSERT_TRUE(fit);
    EXPECT_EQ(fit->form.error, 'A');
    EXPECT_NE(fit->form.season, 'M');
    ExpectFinite(fit->Forecast(8));
  }
  EXPECT_FALSE(FitEtsForm(with_zero, 4, {'M', 'N', false, 'N'}));
}

TEST(FitEts, RandomWalkAndNoiseGiveFiniteForecasts) {
  std::mt19937 rng(3);
  std::normal_distribution<double> step(0, 1);
  double level = 50;
  const Series walk = Generate(60, [&](int) { return level += step(rng); });
  const Series noise = Generate(60, [&](int) { return 20 + step(rng); });
  for (const Series& y : {walk, noise}) {
    const auto fit = FitEts(y, 12);
    ASSERT_TRUE(fit);
    EXPECT_TRUE(std::isfinite(fit->aicc));
    EXPECT_GT(fit->sigma2, 0);
    ExpectFinite(fit->Forecast(24));
  }
}

TEST(FitEts, HugeValuesStayFinite) {
  std::mt19937 rng(5);
  std::normal_distribution<double> noise(0, 1e7);
  const Series y = Generate(48, [&](int t) { return 1e9 * (1 + 0.2 * Wave(t, 12)) + noise(rng); });
  const auto fit = FitEts(y, 12);
  ASSERT_TRUE(fit);
  for (const double value : fit->Forecast(12)) EXPECT_NEAR(value, 1e9, 3e8);
}

TEST(FitEts, WeeklySeasonOfFiftyTwo) {
  std::mt19937 rng(9);
  std::normal_distribution<double> noise(0, 2);
  // A sharp year-end peak that no trend can follow.
  auto truth = [](int t) { return 100 + (t % 52 >= 48 ? 60.0 : 0.0); };
  const Series y = Generate(156, [&](int t) { return truth(t) + noise(rng); });
  const auto fit = FitEts(y, 52);
  ASSERT_TRUE(fit);
  EXPECT_NE(fit->form.season, 'N') << fit->form.Name();
  EXPECT_EQ(fit->season.size(), 52u);
  const std::vector<double> forecast = fit->Forecast(52);
  ExpectFinite(forecast);
  EXPECT_NEAR(forecast[0], truth(156), 10);
  EXPECT_NEAR(forecast[50], truth(206), 15);
}

TEST(FitEts, OptionsRestrictTheForms) {
  const Series y = Generate(60, [](int t) { return (100 + 3.0 * t) * (1 + 0.3 * Wave(t, 12)); });
  const auto fit = FitEts(y, 12, {.allow_multiplicative = false, .allow_damped = false});
  ASSERT_TRUE(fit);
  EXPECT_EQ(fit->form.error, 'A');
  EXPECT_NE(fit->form.season, 'M');
  EXPECT_FALSE(fit->form.damped);
}

TEST(FitEtsForm, FitsTheRequestedFormWithinBounds) {
  const Series y = Generate(48, [](int t) { return (100 + t) * (1 + 0.2 * Wave(t, 12)); });
  const EtsForm form{'M', 'A', true, 'M'};
  const auto fit = FitEtsForm(y, 12, form);
  ASSERT_TRUE(fit);
  EXPECT_EQ(fit->form, form);
  EXPECT_GE(fit->alpha, 1e-4);
  EXPECT_LE(fit->alpha, 0.9999);
  EXPECT_LE(fit->beta, fit->alpha);
  EXPECT_LE(fit->gamma, 1 - fit->alpha + 1e-12);
  EXPECT_GE(fit->phi, 0.8);
  EXPECT_LE(fit->phi, 0.98);
  ExpectFinite(fit->Forecast(12));
}

TEST(FitEtsForm, RejectsMalformedFormsAndData) {
  const Series y = Generate(30, [](int t) { return 10.0 + t; });
  EXPECT_FALSE(FitEtsForm(y, 1, {'X', 'N', false, 'N'}));
  EXPECT_FALSE(FitEtsForm(y, 1, {'A', 'N', true, 'N'}));
  EXPECT_FALSE(FitEtsForm(y, 1, {'A', 'N', false, 'A'}));
  Series broken = y;
  broken[3] = std::nan("");
  EXPECT_FALSE(FitEtsForm(broken, 1, {}));
  EXPECT_FALSE(FitEts(broken, 1));
}

}  // namespace
}  // namespace salient::forecast
