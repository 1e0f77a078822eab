#include "forecast/engine.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <sstream>

#include "forecast/calendar.hpp"
#include "forecast/local_models.hpp"
#include "forecast/long_csv.hpp"

namespace salient::forecast {
namespace {

Date D(const char* text) { return *ParseDate(text); }

PanelSeries MakeSeries(std::string id, int n, double (*f)(int)) {
  PanelSeries series{std::move(id), D("2020-01-01"), {}, {}};
  for (int t = 0; t < n; ++t) series.values.push_back(f(t));
  return series;
}

double Seasonal(int t) { return 100 + 30 * std::sin(2 * std::numbers::pi * t / 12); }
double Trend(int t) { return 50 + 3.0 * t; }
double Intermittent(int t) { return t % 5 == 0 ? 4.0 : 0.0; }
double Constant(int) { return 7.0; }
double Zero(int) { return 0.0; }

void ExpectFinite(const SeriesForecast& f, int horizon) {
  ASSERT_EQ(f.point.size(), size_t(horizon)) << f.id;
  for (int j = 0; j < horizon; ++j) {
    for (double v : {f.point[j], f.lo80[j], f.hi80[j], f.lo95[j], f.hi95[j]}) EXPECT_TRUE(std::isfinite(v)) << f.id;
    EXPECT_LE(f.lo95[j], f.lo80[j] + 1e-9) << f.id;
    EXPECT_LE(f.hi80[j], f.hi95[j] + 1e-9) << f.id;
  }
}

TEST(Engine, KnownShapesAreForecastCloselyAndNothingIsNaN) {
  Panel panel;
  panel.frequency = Frequency::kMonthly;
  panel.series = {MakeSeries("seasonal", 48, Seasonal), MakeSeries("trend", 48, Trend),
                  MakeSeries("intermittent", 48, Intermittent), MakeSeries("constant", 48, Constant),
                  MakeSeries("zero", 48, Zero), MakeSeries("short", 2, Constant), MakeSeries("one", 1, Trend)};
  EngineOptions options;
  options.horizon = 12;
  const auto forecasts = ForecastPanel(panel, options);
  ASSERT_EQ(forecasts.size(), panel.series.size());
  for (const auto& f : forecasts) ExpectFinite(f, 12);

  for (int j = 0; j < 12; ++j) {
    EXPECT_NEAR(forecasts[0].point[j], Seasonal(48 + j), 0.1 * 100) << "seasonal step " << j;
    EXPECT_NEAR(forecasts[1].point[j], Trend(48 + j), 0.05 * Trend(48 + j)) << "trend step " << j;
    EXPECT_NEAR(forecasts[3].point[j], 7.0, 1e-6);
    EXPECT_EQ(forecasts[4].point[j], 0.0);
    EXPECT_NEAR(forecasts[5].point[j], 7.0, 1e-6);
  }
  // The intermittent series sells 4 every 5th month (8 in the next 12): no negative
  // months, and no more than a few sales too many or too few.
  double total = 0;
  for (double v : forecasts[2].point) {
    EXPECT_GE(v, 0.0);
    total += v;
  }
  EXPECT_NEAR(total, 8.0, 6.0) << forecasts[2].model;
  EXPECT_EQ(forecasts[0].dates.front(), D("2024-01-01"));
  EXPECT_EQ(forecasts[6].dates.front(), D("2020-02-01"));
}

TEST(Engine, ForcedModelIsUsedForEverySeries) {
  Panel panel;
  panel.series = {MakeSeries("a", 36, Seasonal), MakeSeries("b", 36, Trend)};
  EngineOptions options;
  options.horizon = 6;
  options.model = "theta";
  for (const auto& f : ForecastPanel(panel, options)) EXPECT_EQ(f.model, "theta");
}

TEST(LocalModels, SeasonalNaiveThetaTsb) {
  std::vector<double> y;
  for (int t = 0; t < 48; ++t) y.push_back(Seasonal(t));
  const auto naive = SeasonalNaive(y, 12, 14);
  EXPECT_DOUBLE_EQ(naive[0], y[36]);
  EXPECT_DOUBLE_EQ(naive[13], y[37]);
  EXPECT_FALSE(SeasonalIndices(y, 12).empty());
  const auto theta = Theta(y, 12, 12);
  for (int j = 0; j < 12; ++j) EXPECT_NEAR(theta[j], Seasonal(48 + j), 8.0);
  EXPECT_TRUE(SeasonalIndices(std::vector<double>(48, 3.0), 12).empty());  // no season in a constant
  EXPECT_EQ(Tsb(std::vector<double>(10, 0.0), 3), std::vector<double>(3, 0.0));
  std::vector<double> sparse;
  for (int t = 0; t < 48; ++t) sparse.push_back(Intermittent(t));
  EXPECT_NEAR(Tsb(sparse, 1)[0], 0.8, 0.2);  // the mean rate: 4 every 5th period
  EXPECT_EQ(Theta(std::vector<double>{}, 12, 2), std::vector<double>(2, 0.0));
}

TEST(Calendar, PeriodsStepsAndHolidays) {
  EXPECT_EQ(PeriodOf(D("2017-12-30"), Frequency::kWeekly), D("2017-12-24"));  // Sunday-started weeks
  EXPECT_EQ(PeriodOf(D("2017-11-15"), Frequency::kQuarterly), D("2017-10-01"));
  EXPECT_EQ(StepPeriod(D("2017-11-01"), Frequency::kMonthly, 3), D("2018-02-01"));
  EXPECT_EQ(StepPeriod(D("2017-01-01"), Frequency::kQuarterly, -1), D("2016-10-01"));
  EXPECT_EQ(WeekOfYear(D("2021-01-03")), 53);
  EXPECT_EQ(DayOfWeek(D("2026-11-27")), 4);  // a Friday
  EXPECT_TRUE(ContainsSpringFestival(D("2026-02-01"), Frequency::kMonthly));
  EXPECT_FALSE(ContainsSpringFestival(D("2026-03-01"), Frequency::kMonthly));
  EXPECT_EQ(HolidayDays(D("2026-10-01"), Frequency::kMonthly), 7);
  EXPECT_FALSE(ParseDate("2026-02-30"));
}

TEST(LongCsv, ZeroFillsGapsAndReportsEveryBadLine) {
  std::istringstream good("series_id,date,value\na,2024-01-01,5\na,2024-03-01,7\nb,2024-02-01,1\n");
  const LongCsv parsed = ReadLongCsv(good, Frequency::kMonthly);
  ASSERT_TRUE(parsed.problems.empty());
  ASSERT_EQ(parsed.panel.series.size(), 2u);
  EXPECT_EQ(parsed.panel.series[0].values, (std::vector<double>{5, 0, 7}));

  std::istringstream bad("series_id,date,value\na,2024-01-15,5\na,2024-02-01,x\n,2024-03-01,1\na,2024-04-01,1\na,2024-04-01,2\n");
  const LongCsv problems = ReadLongCsv(bad, Frequency::kMonthly);
  ASSERT_EQ(problems.problems.size(), 4u);
  EXPECT_EQ(problems.problems[0].line, 2);
  EXPECT_NE(problems.problems[0].message.find("expected 2024-01-01"), std::string::npos);
  EXPECT_EQ(problems.problems[1].line, 3);
  EXPECT_EQ(problems.problems[2].line, 4);
  EXPECT_EQ(problems.problems[3].line, 6);

  std::ostringstream out;
  SeriesForecast f;
  f.id = "a";
  f.dates = {D("2024-05-01")};
  f.point = {1}, f.lo80 = {0.5}, f.hi80 = {1.5}, f.lo95 = {0}, f.hi95 = {2};
  WriteForecastCsv(out, {f});
  EXPECT_EQ(out.str(),
            "series_id,date,point,lo80,hi80,lo95,hi95\na,2024-05-01,1.0000,0.5000,1.5000,0.0000,2.0000\n");
}

}  // namespace
}  // namespace salient::forecast
