#pragma once
// `salient forecast eval`: forecasts a long CSV history with the engine and writes the
// forecasts with 80%/95% intervals — the way to compare Salient with other tools.
#include <string>

namespace salient::cli {

struct ForecastEvalOptions {
  std::string input, output;
  int horizon = 12;
  std::string frequency = "monthly";
  bool use_boost = true;
  std::string model;  // empty: chosen per series by backtest
  std::string reconcile = "none";  // none | bottom_up | mint (series ids are hierarchy keys)
  int backtest_origins = 0;        // 0: the engine's default
};

int ForecastEval(const ForecastEvalOptions& options);

// `salient forecast run`: what the daily job does — build, check, forecast, store a snapshot.
// --as-of forecasts as if it were that day (backfilling snapshots to score).
int ForecastRun(const std::string& db_url, int node_id, const std::string& as_of, bool daily, double min_health);

}  // namespace salient::cli
