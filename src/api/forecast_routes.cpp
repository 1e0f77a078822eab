// Forecasts: levels, the explorer's series, runs. Scope and permission live in
// forecast/forecast_service.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/reply.hpp"
#include "forecast/accuracy.hpp"
#include "forecast/forecast_service.hpp"

namespace salient::api {

void AddForecastRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/forecasts/levels", Access::kSession, "forecasts",
             "Forecast levels the caller may see, and the latest successful run", [&s](Context& ctx) {
               auto levels = forecast::ForecastLevels(s.db, *ctx.actor);
               if (!levels.ok()) return Problem(ctx, levels.error());
               return JsonResponse(200, levels.value());
             });

  router.Add("GET", "/api/v1/forecasts", Access::kSession, "forecasts",
             "Forecasts of one level and frequency (level, frequency, key) with their actual history",
             [&s](Context& ctx) {
               const std::string level = ctx.request.Query("level").value_or("total");
               const std::string frequency = ctx.request.Query("frequency").value_or("monthly");
               const std::string key = ctx.request.Query("key").value_or("");
               auto view = forecast::ForecastView(s.db, *ctx.actor, level, frequency, key);
               if (!view.ok()) return Problem(ctx, view.error());
               return JsonResponse(200, view.value());
             });

  router.Add("GET", "/api/v1/forecasts/accuracy", Access::kSession, "forecasts",
             "Stored forecasts scored against the actuals since (frequency): by level, horizon, model, run",
             [&s](Context& ctx) {
               const std::string frequency = ctx.request.Query("frequency").value_or("monthly");
               auto accuracy = forecast::ForecastAccuracy(s.db, *ctx.actor, frequency);
               if (!accuracy.ok()) return Problem(ctx, accuracy.error());
               return JsonResponse(200, accuracy.value());
             });

  router.Add("GET", "/api/v1/forecasts/runs", Access::kSession, "forecasts", "Forecast runs, newest first",
             [&s](Context& ctx) {
               auto runs = forecast::ListForecastRuns(s.db, *ctx.actor);
               if (!runs.ok()) return Problem(ctx, runs.error());
               return JsonResponse(200, runs.value());
             });

  router.Add("POST", "/api/v1/forecasts/runs", Access::kSession, "forecasts",
             "Start a forecast refresh now (forecast:update); 202 with the job id", [&s](Context& ctx) {
               auto job = forecast::RequestForecastRun(s.db, *ctx.actor);
               if (!job.ok()) return Problem(ctx, job.error());
               return JsonResponse(202, boost::json::object{{"job_id", core::IdToString(job.value())}});
             });
}

}  // namespace salient::api
