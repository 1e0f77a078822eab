#pragma once
// The daily forecast refresh (`salient forecast run`, the `forecast.refresh` job and
// POST /api/v1/forecasts/runs): builds the series of every level from the orders,
// checks data health, runs the engine and stores the forecasts as a new snapshot.
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/id.hpp"
#include "core/result.hpp"
#include "forecast/calendar.hpp"
#include "store/database.hpp"

namespace salient::forecast {

inline constexpr std::string_view kEngineVersion = "salient-forecast 1";
// A run marked running for longer than this was interrupted (its node stopped).
inline constexpr core::Millis kStaleRunMillis = 10LL * 60 * 1000;

struct RefreshOptions {
  int monthly_horizon = 6;
  int daily_horizon = 28;
  int daily_history_days = 3 * 365;  // older days add little to a daily model and cost time
  double min_health_score = 0.7;     // below it the run is blocked, nothing is trained
  core::Id requested_by = 0;
  // Forecast as if it were this day (only data before it is used): backfills snapshots so
  // accuracy can be scored at once. Default: today.
  std::optional<Date> as_of;
  bool daily = true;        // also the daily forecasts (the expensive part)
  bool regressors = true;   // discount, visits and external indicators for the global model
};

struct RefreshOutcome {
  core::Id run_id = 0;
  std::string status;  // succeeded | failed | blocked
  std::string message;
  int series_count = 0;
  double seconds = 0;
  double health_score = 0;
  int alerts_raised = 0;
};

// Creates a run row first (status `running`, visible at once), then does the work.
// Errors inside the run end it as `failed` with the reason; the Result fails only when
// the run cannot even be recorded.
core::Result<RefreshOutcome> RunForecastRefresh(store::Database& db, const core::Clock& clock,
                                                const RefreshOptions& options = {});

}  // namespace salient::forecast
