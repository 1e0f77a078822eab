#include "cli/forecast.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>

#include "cli/runtime.hpp"
#include "forecast/long_csv.hpp"
#include "forecast/reconcile.hpp"
#include "forecast/refresh.hpp"

namespace salient::cli {

int ForecastEval(const ForecastEvalOptions& options) {
  const auto frequency = forecast::ParseFrequency(options.frequency);
  if (!frequency) {
    std::fprintf(stderr, "--frequency must be daily, weekly, monthly or quarterly\n");
    return 2;
  }
  std::ifstream in(options.input);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", options.input.c_str());
    return 2;
  }
  const auto started = std::chrono::steady_clock::now();
  forecast::LongCsv history = forecast::ReadLongCsv(in, *frequency);
  for (const auto& problem : history.problems) {
    std::fprintf(stderr, "%s:%d: %s\n", options.input.c_str(), problem.line, problem.message.c_str());
  }
  if (!history.problems.empty()) return 1;
  if (history.panel.series.empty()) {
    std::fprintf(stderr, "%s: no data rows\n", options.input.c_str());
    return 1;
  }

  forecast::EngineOptions engine;
  engine.horizon = options.horizon;
  engine.use_boost = options.use_boost;
  engine.model = options.model;
  if (options.backtest_origins > 0) engine.backtest_origins = options.backtest_origins;
  auto forecasts = forecast::ForecastPanel(history.panel, engine);
  const auto method = forecast::ParseReconciliation(options.reconcile);
  if (method && *method != forecast::Reconciliation::kNone) {
    std::vector<std::string> keys;
    bool non_negative = true;
    for (const auto& series : history.panel.series) {
      keys.push_back(series.id);
      for (double v : series.values) non_negative = non_negative && v >= 0;
    }
    const auto hierarchy = forecast::HierarchyFromKeys(keys);
    if (!hierarchy) {
      std::fprintf(stderr, "--reconcile: the series ids do not form a hierarchy (use keys like total, "
                           "region=West, region=West|category=Furniture)\n");
      return 1;
    }
    forecast::Reconcile(*hierarchy, forecasts, *method, non_negative);
  }

  std::ofstream out(options.output);
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", options.output.c_str());
    return 2;
  }
  forecast::WriteForecastCsv(out, forecasts);
  out.close();
  if (!out) {
    std::fprintf(stderr, "writing %s failed\n", options.output.c_str());
    return 2;
  }
  std::map<std::string, int> models;
  for (const auto& f : forecasts) ++models[f.model];
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "%zu series, horizon %d, %.2f s; models:", forecasts.size(), options.horizon, seconds);
  for (const auto& [model, count] : models) std::fprintf(stderr, " %s=%d", model.c_str(), count);
  std::fprintf(stderr, "\n");
  return 0;
}

int ForecastRun(const std::string& db_url, int node_id, const std::string& as_of, bool daily, double min_health) {
  forecast::RefreshOptions options;
  options.daily = daily;
  if (std::getenv("SALIENT_FORECAST_NO_REGRESSORS")) options.regressors = false;  // for measuring their effect
  options.min_health_score = min_health;
  if (!as_of.empty()) {
    options.as_of = forecast::ParseDate(as_of);
    if (!options.as_of) {
      std::fprintf(stderr, "--as-of must be YYYY-MM-DD\n");
      return 2;
    }
  }
  auto runtime = OpenRuntime(db_url, 2, node_id);
  if (!runtime) return 1;
  auto outcome = forecast::RunForecastRefresh(*runtime->db, runtime->clock, options);
  if (!outcome.ok()) {
    std::fprintf(stderr, "forecast run: %s\n", outcome.error().message.c_str());
    return 1;
  }
  std::printf("forecast run %s: %s, %d series, health %.2f, %d alerts raised, %.1f s%s%s\n",
              core::IdToString(outcome->run_id).c_str(), outcome->status.c_str(), outcome->series_count,
              outcome->health_score, outcome->alerts_raised, outcome->seconds,
              outcome->message.empty() ? "" : " — ", outcome->message.c_str());
  return outcome->status == "succeeded" ? 0 : 1;
}

}  // namespace salient::cli
