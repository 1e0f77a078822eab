#pragma once
// Forecast band alerts: evaluated after every live refresh over the last weeks of daily
// actuals against the forecasts made before them; each alert carries its root cause and
// is announced (event `forecast_alert.raised` → notifications over the WebSocket).
// Thresholds are rules per category and channel. Scoped like the forecasts.
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/result.hpp"
#include "forecast/calendar.hpp"
#include "store/database.hpp"

namespace salient::forecast {

// Raises the alerts of breaches that fired in the `lookback_days` before `today`; returns
// how many were new. Safe to run again: one alert per series and streak.
core::Result<int> EvaluateBandAlerts(store::Database& db, Date today, int lookback_days = 28);

core::Result<boost::json::value> ListForecastAlerts(store::Database& db, const auth::Actor& actor,
                                                    std::optional<std::string> status);
// One alert with its root cause and the daily actual vs forecast around the streak.
core::Result<boost::json::value> GetForecastAlert(store::Database& db, const auth::Actor& actor, core::Id id);
// open → acknowledged → resolved (open → resolved too); kConflict when it already moved on.
core::Result<boost::json::value> MoveForecastAlert(store::Database& db, const auth::Actor& actor, core::Id id,
                                                   std::string_view to_status, std::string note);

struct AlertRule {
  std::string category;  // "" = any
  std::string channel;   // "" = any
  double threshold_pct = 15;
  int consecutive_days = 3;
};
boost::json::value AlertRuleJson(const AlertRule& rule);
core::Result<std::vector<AlertRule>> ListAlertRules(store::Database& db, const auth::Actor& actor);
// Replaces every rule (needs alert:create); exactly one rule must be the default ("", "").
core::Status ReplaceAlertRules(store::Database& db, const auth::Actor& actor, const std::vector<AlertRule>& rules);

}  // namespace salient::forecast
