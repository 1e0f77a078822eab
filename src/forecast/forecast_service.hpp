#pragma once
// What the API offers on forecasts, with permission and zone scope applied here, below
// the handlers: a caller whose forecast scope is a zone (or subtree) sees only levels
// with a zone dimension and only the series of their zones.
#include <boost/json/value.hpp>

#include <string_view>

#include "auth/actor.hpp"
#include "core/result.hpp"
#include "store/database.hpp"
#include "store/jobs.hpp"

namespace salient::forecast {

core::Result<boost::json::value> ForecastLevels(store::Database& db, const auth::Actor& actor);

// The latest successful run's forecasts for one level and frequency (optionally one
// series), with the actual history up to today beside them.
core::Result<boost::json::value> ForecastView(store::Database& db, const auth::Actor& actor, std::string_view level,
                                              std::string_view frequency, std::string_view key);

core::Result<boost::json::value> ListForecastRuns(store::Database& db, const auth::Actor& actor);

// Queues a refresh (needs forecast:update); kConflict while one is running.
core::Result<core::Id> RequestForecastRun(store::Database& db, const auth::Actor& actor);

// When no run exists yet, queues monthly snapshots as of the first of each of the last
// `backfill_months` months, then today's full refresh: a new installation's explorer and
// accuracy board fill up minutes after start instead of after months.
core::Status QueueFirstForecasts(store::Database& db, int backfill_months = 6);

// The `forecast.refresh` job: on request, and daily at 02:00 UTC.
// Runs below `min_health_score` data health are blocked (see data_quality.hpp).
void RegisterForecastJobs(store::JobRunner& jobs, store::Database& db, const core::Clock& clock,
                          double min_health_score);

}  // namespace salient::forecast
