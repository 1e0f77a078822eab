#include "forecast/refresh.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <functional>
#include <mutex>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "forecast/alert_service.hpp"
#include "forecast/data_quality.hpp"
#include "forecast/engine.hpp"
#include "forecast/reconcile.hpp"
#include "forecast/regressors.hpp"
#include "forecast/sales_series.hpp"

namespace salient::forecast {
namespace {


struct Plan {
  Frequency frequency;
  int horizon;
  std::vector<std::string> levels;
};

core::Status StoreLevel(store::Tx& tx, core::Id run_id, Frequency frequency, const std::string& level,
                        const std::vector<SalesSeries>& series, const std::vector<SeriesForecast>& forecasts) {
  const std::string freq(FrequencyName(frequency));
  for (size_t s = 0; s < series.size(); ++s) {
    const SeriesForecast& f = forecasts[s];
    boost::json::array drivers;
    for (const Driver& d : f.drivers) drivers.push_back({{"feature", d.feature}, {"contribution", d.contribution}});
    tx.Exec("INSERT INTO forecast_series (run_id, frequency, level, series_key, label, zone_id, model, model_detail, "
            "backtest_mase, scale, drivers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {run_id, freq, level, series[s].key, series[s].label,
             series[s].zone_id, f.model,
             f.model_detail, std::isfinite(f.backtest_mase) ? store::Value(f.backtest_mase) : store::Value(store::Null{}),
             f.scale, boost::json::serialize(drivers)});
    for (size_t j = 0; j < f.point.size(); ++j) {
      tx.Exec("INSERT INTO forecast_points (run_id, frequency, level, series_key, period, point, lo80, hi80, lo95, "
              "hi95) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {run_id, freq, level, series[s].key, FormatDate(f.dates[j]), f.point[j], f.lo80[j], f.hi80[j],
               f.lo95[j], f.hi95[j]});
    }
  }
  return core::Ok{};
}

struct LevelForecasts {
  std::string name;
  std::vector<SalesSeries> series;
  std::vector<SeriesForecast> forecasts;
};

// Every level of a plan, forecast from the sales before the current (incomplete) period.
std::vector<LevelForecasts> ForecastLevels(store::Database& db, const Plan& plan, Date today,
                                           const RefreshOptions& options,
                                           const std::function<void(const std::string& level)>& starting) {
  const store::RecordScope everything{store::ScopeKind::kAll, 0, {}};
  const Date until = PeriodOf(today, plan.frequency);
  std::optional<Date> from;
  if (plan.frequency == Frequency::kDaily) from = today - std::chrono::days{options.daily_history_days};
  std::vector<LevelForecasts> out;
  for (const std::string& name : plan.levels) {
    starting(name);
    std::vector<SalesSeries> series;
    Regressors regressors;
    auto read = db.Transact(store::TxMode::kRead, [&](store::Tx& tx) -> core::Status {
      series = SALIENT_TRY(BuildSalesSeries(tx, *FindLevel(name), plan.frequency, everything, until, from));
      if (options.regressors) regressors = SALIENT_TRY(BuildRegressors(tx, plan.frequency, series, plan.horizon));
      return core::Ok{};
    });
    if (!read.ok()) throw std::runtime_error(read.error().message);
    if (series.empty()) continue;
    Panel panel;
    panel.frequency = plan.frequency;
    panel.regressor_names = regressors.names;
    for (size_t i = 0; i < series.size(); ++i) {
      panel.series.push_back({series[i].key, series[i].first, series[i].values,
                              i < regressors.values.size() ? regressors.values[i] : std::vector<std::vector<double>>{}});
    }
    EngineOptions engine;
    engine.horizon = plan.horizon;
    engine.explain = true;
    out.push_back({name, std::move(series), ForecastPanel(panel, engine)});
  }
  return out;
}

// Zone × category cells add up to zones and categories and these to the total (MinT,
// measured slightly better than bottom-up: bench/forecast-reconcile); channels and
// segments, other cuts of the same total, are scaled to it.
void MakeCoherent(std::vector<LevelForecasts>& levels) {
  const auto find = [&](std::string_view name) -> LevelForecasts* {
    for (auto& level : levels) {
      if (level.name == name) return &level;
    }
    return nullptr;
  };
  std::vector<std::string> hierarchy_levels = {"total", "zone"};
  if (find("zone_category")) hierarchy_levels = {"total", "zone", "category", "zone_category"};
  std::vector<SeriesForecast> joined;
  for (const auto& name : hierarchy_levels) {
    if (auto* level = find(name)) joined.insert(joined.end(), level->forecasts.begin(), level->forecasts.end());
  }
  std::vector<std::string> keys;
  for (const auto& f : joined) keys.push_back(f.id);
  const auto hierarchy = HierarchyFromKeys(keys);
  LevelForecasts* total = find("total");
  if (!hierarchy || !total) return;
  Reconcile(*hierarchy, joined, Reconciliation::kMinTShrink);
  size_t next = 0;
  for (const auto& name : hierarchy_levels) {
    if (auto* level = find(name)) {
      for (auto& f : level->forecasts) f = joined[next++];
    }
  }
  for (auto& level : levels) {
    if (std::find(hierarchy_levels.begin(), hierarchy_levels.end(), level.name) == hierarchy_levels.end()) {
      ScaleToTotal(level.forecasts, total->forecasts.front().point);
    }
  }
}

// Visible at once to whoever watches the runs list (its own short transaction).
void ReportProgress(store::Database& db, core::Id run_id, double progress, const std::string& phase) {
  (void)db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE forecast_runs SET progress = ?, phase = ? WHERE id = ?", {progress, phase, run_id});
    return core::Ok{};
  });
}

core::Status Finish(store::Database& db, core::Id run_id, const RefreshOutcome& outcome) {
  return db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE forecast_runs SET status = ?, message = ?, series_count = ?, alerts_raised = ?, seconds = ?, "
            "health_score = ?, finished_at = ?, progress = 1, phase = NULL WHERE id = ?",
            {outcome.status, outcome.message, std::int64_t(outcome.series_count), std::int64_t(outcome.alerts_raised),
             outcome.seconds, outcome.health_score, tx.Now(), run_id});
    return core::Ok{};
  });
}

}  // namespace

core::Result<RefreshOutcome> RunForecastRefresh(store::Database& db, const core::Clock& clock,
                                                const RefreshOptions& options) {
  // One refresh at a time per node: they are CPU-bound and the job runner has several
  // threads.
  static std::mutex one_at_a_time;
  const std::lock_guard lock(one_at_a_time);
  const auto started = std::chrono::steady_clock::now();
  const Date today = options.as_of.value_or(DayOfMillis(clock.NowMillis()));
  RefreshOutcome outcome;
  auto created = db.Write<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
    // A run still marked running after the job lease ran out belongs to a node that
    // stopped mid-way (its job is retried, maybe right here).
    tx.Exec("UPDATE forecast_runs SET status = 'failed', message = 'interrupted: the node stopped during the run', "
            "finished_at = ? WHERE status = 'running' AND started_at < ?",
            {tx.Now(), tx.Now() - kStaleRunMillis});
    const core::Id id = tx.NewId();
    tx.Exec("INSERT INTO forecast_runs (id, as_of, status, engine, requested_by, started_at) VALUES (?, ?, 'running', "
            "?, ?, ?)",
            {id, FormatDate(today), std::string(kEngineVersion),
             options.requested_by ? store::Value(options.requested_by) : store::Value(store::Null{}), tx.Now()});
    return id;
  });
  if (!created.ok()) return created.error();
  outcome.run_id = *created;

  // Monthly for planning, daily for the band alerts; the current, incomplete period is
  // never trained on.
  const std::vector<Plan> plans = {
      {Frequency::kMonthly, options.monthly_horizon, {"total", "zone", "category", "zone_category", "channel", "segment"}},
      {Frequency::kDaily, options.daily_horizon, {"total", "zone", "category", "channel", "segment"}},
  };
  try {
    auto quality = db.Read<DataQuality>([&](store::Tx& tx) { return CheckDataQuality(tx, today); });
    if (!quality.ok()) throw std::runtime_error(quality.error().message);
    outcome.health_score = quality->score;
    if (quality->score < options.min_health_score) {
      outcome.status = "blocked";
      outcome.message = fmt::format("data health {:.2f} is below {:.2f}, nothing was trained: {}", quality->score,
                                    options.min_health_score, quality->Summary());
    } else {
      size_t steps = 0, done = 0;
      for (const Plan& plan : plans) steps += plan.frequency == Frequency::kDaily && !options.daily ? 0 : plan.levels.size();
      for (const Plan& plan : plans) {
        if (plan.frequency == Frequency::kDaily && !options.daily) continue;
        std::vector<LevelForecasts> levels = ForecastLevels(db, plan, today, options, [&](const std::string& level) {
          ReportProgress(db, outcome.run_id, double(done++) / double(steps),
                         std::string(FrequencyName(plan.frequency)) + " " + level);
        });
        MakeCoherent(levels);
        auto stored = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
          for (const auto& level : levels) {
            SALIENT_TRY(StoreLevel(tx, outcome.run_id, plan.frequency, level.name, level.series, level.forecasts));
          }
          return core::Ok{};
        });
        if (!stored.ok()) throw std::runtime_error(stored.error().message);
        for (const auto& level : levels) outcome.series_count += int(level.series.size());
      }
      outcome.status = "succeeded";
      outcome.message = quality->Summary();
      // A live run (not a backfill) checks the days since the previous forecasts.
      if (!options.as_of) {
        auto raised = EvaluateBandAlerts(db, today);
        if (!raised.ok()) throw std::runtime_error("band alerts: " + raised.error().message);
        outcome.alerts_raised = *raised;
      }
    }
  } catch (const std::exception& e) {
    outcome.status = "failed";
    outcome.message = e.what();
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  auto finished = Finish(db, outcome.run_id, outcome);
  if (!finished.ok()) return finished.error();
  return outcome;
}

}  // namespace salient::forecast
