#pragma once
// The forecasting engine: given a panel of series of one frequency, it backtests every
// candidate model on rolling origins, picks per series the model (or equal-weight
// ensemble) that backtested best, refits on all data, and attaches 80%/95% intervals
// calibrated on the backtest errors (split conformal), so their coverage is honest.
#include <string>
#include <vector>

#include "forecast/boost_model.hpp"
#include "forecast/calendar.hpp"

namespace salient::forecast {

struct PanelSeries {
  std::string id;
  Date first;                   // label of values[0]
  std::vector<double> values;   // one per period, zeros for periods without sales
  // Optional regressors (see BoostSeries), each of size values + horizon.
  std::vector<std::vector<double>> regressors;
};

struct Panel {
  Frequency frequency = Frequency::kMonthly;
  std::vector<PanelSeries> series;
  std::vector<std::string> regressor_names;
};

struct EngineOptions {
  int horizon = 12;
  int backtest_origins = 5;  // rolling origins, half a horizon apart (fewer fit short series)
  bool use_boost = true;     // the global XGBoost model as a candidate
  std::string model;         // force one candidate ("ets", "ensemble(boost+theta)", ...)
  bool explain = false;      // attach the global model's top drivers (SHAP) to each series
  int threads = 2;
};

struct SeriesForecast {
  std::string id;
  std::string model;          // "ets", "theta", "boost", "ensemble(boost+theta)", ...
  std::string model_detail;   // e.g. "ETS(M,Ad,M)"
  std::vector<Date> dates;
  std::vector<double> point, lo80, hi80, lo95, hi95;
  double backtest_mase = 0;   // of the chosen model, NaN when nothing could be backtested
  double scale = 1;           // the MASE denominator of the history (for scoring later)
  // The chosen model's backtest errors (actual − forecast), origin-major (origin 0 step
  // 0..h-1, origin 1 ...), NaN where a window did not exist: aligned across series, for
  // reconciliation's error covariance.
  std::vector<double> backtest_errors;
  // With EngineOptions::explain and a model that includes the global model: the features
  // that moved its forecast most (SHAP, mean over the horizon, on the model's log scale).
  std::vector<Driver> drivers;
};

// The candidate names `EngineOptions::model` accepts.
std::vector<std::string> ModelNames();

std::vector<SeriesForecast> ForecastPanel(const Panel& panel, const EngineOptions& options);

}  // namespace salient::forecast
