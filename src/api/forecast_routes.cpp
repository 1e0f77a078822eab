// Forecasts: levels, the explorer's series, runs. Scope and permission live in
// forecast/forecast_service.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"
#include "forecast/accuracy.hpp"
#include "forecast/alert_service.hpp"
#include "forecast/forecast_service.hpp"
#include "forecast/indicator_service.hpp"

namespace salient::api {

namespace {

boost::json::value RulesJson(const std::vector<forecast::AlertRule>& rules) {
  boost::json::array items;
  for (const auto& r : rules) items.push_back(forecast::AlertRuleJson(r));
  return boost::json::object{{"items", items}};
}

void AddAlertRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/forecast-alerts", Access::kSession, "forecasts",
             "Band alerts within the caller's scope, newest first (status=open|acknowledged|resolved)",
             [&s](Context& ctx) {
               auto alerts = forecast::ListForecastAlerts(s.db, *ctx.actor, ctx.request.Query("status"));
               if (!alerts.ok()) return Problem(ctx, alerts.error());
               return JsonResponse(200, alerts.value());
             });
  router.Add("GET", "/api/v1/forecast-alerts/{id}", Access::kSession, "forecasts",
             "One alert with its root cause and the days around it", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("alert"));
               auto alert = forecast::GetForecastAlert(s.db, *ctx.actor, *id);
               if (!alert.ok()) return Problem(ctx, alert.error());
               return JsonResponse(200, alert.value());
             });
  for (const char* action : {"acknowledge", "resolve"}) {
    const std::string to_status = std::string(action) == "acknowledge" ? "acknowledged" : "resolved";
    router.Add("POST", std::string("/api/v1/forecast-alerts/{id}/") + action, Access::kSession, "forecasts",
               "Move an alert on {note?}; 409 when someone already did", [&s, to_status](Context& ctx) {
                 auto id = PathId(ctx);
                 if (!id) return Problem(ctx, core::Error::NotFound("alert"));
                 auto body = BodyReader::Parse(ctx.request);
                 if (!body.ok()) return Problem(ctx, body.error());
                 const std::string note = body->String("note", false, 2000).value_or("");
                 if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
                 auto alert = forecast::MoveForecastAlert(s.db, *ctx.actor, *id, to_status, note);
                 if (!alert.ok()) return Problem(ctx, alert.error());
                 return JsonResponse(200, alert.value());
               });
  }
  router.Add("GET", "/api/v1/forecast-alert-rules", Access::kSession, "forecasts",
             "Band alert thresholds per category and channel ('' = any)", [&s](Context& ctx) {
               auto rules = forecast::ListAlertRules(s.db, *ctx.actor);
               if (!rules.ok()) return Problem(ctx, rules.error());
               return JsonResponse(200, RulesJson(rules.value()));
             });
  router.Add("PUT", "/api/v1/forecast-alert-rules", Access::kSession, "forecasts",
             "Replace the rules {items: [{category, channel, threshold_pct, consecutive_days}]}", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               std::vector<forecast::AlertRule> rules;
               body->Each("items", true, [&](BodyReader& item) {
                 forecast::AlertRule rule;
                 rule.category = item.String("category", false, 100).value_or("");
                 rule.channel = item.String("channel", false, 32).value_or("");
                 rule.threshold_pct = item.Double("threshold_pct", true).value_or(0);
                 rule.consecutive_days = int(item.Int("consecutive_days", true).value_or(0));
                 rules.push_back(rule);
               });
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               if (auto replaced = forecast::ReplaceAlertRules(s.db, *ctx.actor, rules); !replaced.ok()) {
                 return Problem(ctx, replaced.error());
               }
               auto saved = forecast::ListAlertRules(s.db, *ctx.actor);
               if (!saved.ok()) return Problem(ctx, saved.error());
               return JsonResponse(200, RulesJson(saved.value()));
             });
}

void AddIndicatorRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/forecast-indicators", Access::kSession, "forecasts",
             "Uploaded external indicators: name, rows, first and last date", [&s](Context& ctx) {
               auto list = forecast::ListIndicators(s.db, *ctx.actor);
               if (!list.ok()) return Problem(ctx, list.error());
               return JsonResponse(200, list.value());
             });
  router.Add(
      "PUT", "/api/v1/forecast-indicators/{name}", Access::kSession, "forecasts",
      "Upload (replace) an indicator: CSV date,value[,dimension,member]; 422 lists every bad line",
      [&s](Context& ctx) {
        auto stored = forecast::UploadIndicator(s.db, *ctx.actor, ctx.request.params.at("name"), ctx.request.body);
        if (!stored.ok()) return Problem(ctx, stored.error());
        return JsonResponse(200, boost::json::object{{"name", ctx.request.params.at("name")}, {"rows", stored.value()}});
      },
      "text/csv");
  router.Add("DELETE", "/api/v1/forecast-indicators/{name}", Access::kSession, "forecasts", "Delete an indicator",
             [&s](Context& ctx) {
               auto done = forecast::DeleteIndicator(s.db, *ctx.actor, ctx.request.params.at("name"));
               if (!done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });
}

}  // namespace

void AddForecastRoutes(Router& router, Services& s) {
  AddAlertRoutes(router, s);
  AddIndicatorRoutes(router, s);
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
