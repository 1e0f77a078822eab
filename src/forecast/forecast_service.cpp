#include "forecast/forecast_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include <spdlog/spdlog.h>

#include "core/json.hpp"
#include "forecast/refresh.hpp"
#include "forecast/sales_series.hpp"
#include "forecast/scope.hpp"

namespace salient::forecast {

namespace json = boost::json;

namespace {

constexpr std::string_view kJobKind = "forecast.refresh";

// How much actual history is shown beside a forecast.
int HistoryPeriods(Frequency frequency) { return frequency == Frequency::kDaily ? 180 : 36; }

json::value RunJson(const store::Row& r) {
  return json::object{{"id", core::IdValue(r.Int(0))},
                      {"as_of", r.Str(1)},
                      {"status", r.Str(2)},
                      {"health_score", r.IsNull(3) ? json::value(nullptr) : json::value(r.Double(3))},
                      {"message", r.Str(4)},
                      {"series_count", r.Int(5)},
                      {"seconds", r.IsNull(6) ? json::value(nullptr) : json::value(r.Double(6))},
                      {"started_at", core::TimeValue(r.Int(7))},
                      {"finished_at", core::OptionalTimeValue(r.OptInt(8))},
                      {"engine", r.Str(9)},
                      {"alerts_raised", r.Int(10)},
                      {"progress", r.Double(11)},
                      {"phase", r.Str(12)}};
}

constexpr std::string_view kRunColumns =
    "id, as_of, status, health_score, message, series_count, seconds, started_at, finished_at, engine, alerts_raised, progress, phase";

// The latest successful run by as-of date: backfills never shadow today's run.
std::optional<store::Row> LatestRun(store::Tx& tx) {
  return tx.QueryOne("SELECT " + std::string(kRunColumns) +
                     " FROM forecast_runs WHERE status = 'succeeded' ORDER BY as_of DESC, started_at DESC LIMIT 1");
}

json::value Rounded(double value) { return json::value(std::round(value)); }

}  // namespace

core::Result<json::value> ForecastLevels(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("forecast", auth::Action::kRead); !s.ok()) return s.error();
  const ForecastScope scope(actor);
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::array levels;
    for (const Level& level : Levels()) {
      if (!scope.MaySeeLevel(level)) continue;
      json::array dimensions;
      for (const auto& d : level.dimensions) dimensions.push_back(json::value(d));
      levels.push_back(json::object{{"level", level.name}, {"dimensions", dimensions}});
    }
    auto latest = LatestRun(tx);
    return json::value(json::object{{"items", levels},
                                    {"frequencies", json::array{"monthly", "daily"}},
                                    {"latest_run", latest ? RunJson(*latest) : json::value(nullptr)}});
  });
}

core::Result<json::value> ForecastView(store::Database& db, const auth::Actor& actor, std::string_view level_name,
                                       std::string_view frequency_name, std::string_view key) {
  if (auto s = actor.Require("forecast", auth::Action::kRead); !s.ok()) return s.error();
  const ForecastScope scope(actor);
  const Level* level = FindLevel(level_name);
  if (!level) return core::Error::Invalid("level", "unknown level '" + std::string(level_name) + "'");
  if (!scope.MaySeeLevel(*level)) {
    return core::Error::Denied("this level spans zones outside your scope");
  }
  auto served = ServedFrequency(frequency_name);
  if (!served.ok()) return served.error();
  const Frequency frequency = *served;
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::object out{{"level", level->name}, {"frequency", FrequencyName(frequency)}};
    auto run = LatestRun(tx);
    out["run"] = run ? RunJson(*run) : json::value(nullptr);
    json::array series_out;
    if (!run) {
      out["series"] = series_out;
      return json::value(out);
    }
    const core::Id run_id = run->Int(0);
    const std::string freq(FrequencyName(frequency));
    std::string sql =
        "SELECT series_key, label, zone_id, model, model_detail, backtest_mase, drivers FROM forecast_series "
        "WHERE run_id = ? AND frequency = ? AND level = ?";
    std::vector<store::Value> params = {run_id, freq, level->name};
    if (!key.empty()) sql += " AND series_key = ?", params.push_back(std::string(key));
    auto rows = tx.Query(sql + " ORDER BY label", params);

    // Actuals up to the last complete period, from far enough back to draw the history.
    const Date today = DayOfMillis(tx.Now());
    const Date until = PeriodOf(today, frequency);
    const Date from = StepPeriod(until, frequency, -HistoryPeriods(frequency));
    const std::vector<SalesSeries> actuals =
        SALIENT_TRY(BuildSalesSeries(tx, *level, frequency, {store::ScopeKind::kAll, 0, {}}, until, from));
    std::map<std::string, const SalesSeries*> actual_by_key;
    for (const auto& a : actuals) actual_by_key[a.key] = &a;

    for (const auto& r : rows) {
      if (!scope.MaySee(*level, r.OptInt(2))) continue;
      const std::string series_key = r.Str(0);
      json::array history, forecast;
      if (auto found = actual_by_key.find(series_key); found != actual_by_key.end()) {
        const SalesSeries& a = *found->second;
        for (size_t t = 0; t < a.values.size(); ++t) {
          history.push_back(json::object{{"date", FormatDate(StepPeriod(a.first, frequency, int(t)))},
                                         {"value", Rounded(a.values[t])}});
        }
      }
      for (const auto& p : tx.Query("SELECT period, point, lo80, hi80, lo95, hi95 FROM forecast_points WHERE run_id = ? "
                                    "AND frequency = ? AND level = ? AND series_key = ? ORDER BY period",
                                    {run_id, freq, level->name, series_key})) {
        forecast.push_back(json::object{{"date", p.Str(0)},
                                        {"point", Rounded(p.Double(1))},
                                        {"lo80", Rounded(p.Double(2))},
                                        {"hi80", Rounded(p.Double(3))},
                                        {"lo95", Rounded(p.Double(4))},
                                        {"hi95", Rounded(p.Double(5))}});
      }
      series_out.push_back(json::object{
          {"key", series_key},
          {"label", r.Str(1)},
          {"members", json::value_from(MembersOfKey(series_key))},
          {"model", r.Str(3)},
          {"model_detail", r.Str(4)},
          {"backtest_mase", r.IsNull(5) ? json::value(nullptr) : json::value(r.Double(5))},
          {"drivers", json::parse(r.Str(6))},
          {"history", history},
          {"forecast", forecast}});
    }
    out["series"] = series_out;
    return json::value(out);
  });
}

core::Result<json::value> ListForecastRuns(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("forecast", auth::Action::kRead); !s.ok()) return s.error();
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::array items;
    for (const auto& r : tx.Query("SELECT " + std::string(kRunColumns) +
                                  " FROM forecast_runs ORDER BY started_at DESC LIMIT 50")) {
      items.push_back(RunJson(r));
    }
    return json::value(json::object{{"items", items}});
  });
}

core::Result<core::Id> RequestForecastRun(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("forecast", auth::Action::kUpdate); !s.ok()) return s.error();
  return db.Write<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
    if (tx.QueryOne("SELECT id FROM forecast_runs WHERE status = 'running' AND started_at > ?",
                    {tx.Now() - kStaleRunMillis})) {
      return core::Error::Conflict("a forecast run is already in progress");
    }
    const std::string payload = json::serialize(json::object{{"requested_by", actor.user_id}});
    // Two clicks in the same minute queue one run.
    auto job = store::EnqueueJob(tx, kJobKind, payload,
                                 {.max_attempts = 1, .dedupe_key = "forecast.request:" + std::to_string(tx.Now() / 60000)});
    if (!job) return core::Error::Conflict("a forecast run was just requested");
    return *job;
  });
}

core::Status QueueFirstForecasts(store::Database& db, int backfill_months) {
  return db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (tx.QueryOne("SELECT id FROM forecast_runs LIMIT 1")) return core::Ok{};
    // Monthly snapshots as of the first of each past month: their forecasts have partly
    // come true, so the accuracy board has something to score from day one.
    const Date today = DayOfMillis(tx.Now());
    for (int months = backfill_months; months >= 1; --months) {
      const std::string as_of = FormatDate(StepPeriod(PeriodOf(today, Frequency::kMonthly), Frequency::kMonthly, -months));
      store::EnqueueJob(tx, kJobKind,
                        json::serialize(json::object{{"as_of", as_of}, {"daily_forecasts", false}}),
                        {.max_attempts = 3, .dedupe_key = "forecast.backfill:" + as_of});
    }
    store::EnqueueJob(tx, kJobKind, "{}", {.max_attempts = 3, .dedupe_key = "forecast.first"});
    return core::Ok{};
  });
}

void RegisterForecastJobs(store::JobRunner& jobs, store::Database& db, const core::Clock& clock,
                          double min_health_score) {
  const auto enqueue_next_daily = [](store::Tx& tx) {
    const core::Millis next = (tx.Now() / kDayMillis + 1) * kDayMillis + 2 * 3600 * 1000;  // 02:00 UTC
    store::EnqueueJob(tx, kJobKind, "{\"daily\":true}",
                      {.run_at = next, .max_attempts = 3, .dedupe_key = "forecast.daily:" + std::to_string(next / kDayMillis)});
  };
  jobs.Register(std::string(kJobKind), [&db, &clock, enqueue_next_daily, min_health_score](const store::Job& job) -> core::Status {
    RefreshOptions options;
    options.min_health_score = min_health_score;
    const json::value payload = json::parse(job.payload);
    const bool daily = payload.as_object().contains("daily");
    if (auto* by = payload.as_object().if_contains("requested_by")) options.requested_by = by->to_number<core::Id>();
    if (auto* as_of = payload.as_object().if_contains("as_of")) options.as_of = ParseDate(as_of->as_string());
    if (auto* with_daily = payload.as_object().if_contains("daily_forecasts")) options.daily = with_daily->as_bool();
    auto outcome = RunForecastRefresh(db, clock, options);
    if (daily) {
      (void)db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
        enqueue_next_daily(tx);
        return core::Ok{};
      });
    }
    if (!outcome.ok()) return outcome.error();
    spdlog::info("forecast run {}: {} ({} series, {:.1f} s) {}", outcome->run_id, outcome->status,
                 outcome->series_count, outcome->seconds, outcome->message);
    return core::Ok{};
  });
  auto seeded = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    enqueue_next_daily(tx);
    return core::Ok{};
  });
  if (!seeded.ok()) spdlog::warn("could not schedule the daily forecast: {}", seeded.error().message);
}

}  // namespace salient::forecast
