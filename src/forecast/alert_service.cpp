#include "forecast/alert_service.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <cmath>
#include <map>

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "forecast/band_alerts.hpp"
#include "forecast/sales_series.hpp"
#include "forecast/scope.hpp"
#include "store/outbox.hpp"

namespace salient::forecast {

namespace json = boost::json;

namespace {

constexpr int kBaselineDays = 28;
constexpr size_t kTopChildren = 5;
// Dimensions a root cause is broken down by (those the series does not already fix).
constexpr const char* kRootCauseDimensions[] = {"zone", "category", "channel", "segment", "customer", "product"};

struct SeriesDays {
  std::string level, key, label;
  std::optional<core::Id> zone_id;
  std::map<Date, ActualVsForecast> days;  // the latest forecast made for each day
  std::map<Date, double> actuals;         // every day's sales, forecast or not
  std::string drivers = "[]";             // of the latest run's global model (JSON)
};

core::Result<std::vector<AlertRule>> ReadRules(store::Tx& tx) {
  std::vector<AlertRule> rules;
  for (const auto& r : tx.Query("SELECT category, channel, threshold_pct, consecutive_days FROM forecast_alert_rules")) {
    rules.push_back({r.Str(0), r.Str(1), r.Double(2), int(r.Int(3))});
  }
  return rules;
}

// The most specific rule whose category and channel match the series ("" matches any).
AlertRule RuleFor(const std::vector<AlertRule>& rules, const std::map<std::string, std::string>& members) {
  AlertRule best;
  int best_score = -1;
  const auto member = [&](const char* d) {
    auto it = members.find(d);
    return it == members.end() ? std::string() : it->second;
  };
  for (const auto& rule : rules) {
    if (!rule.category.empty() && rule.category != member("category")) continue;
    if (!rule.channel.empty() && rule.channel != member("channel")) continue;
    const int score = (rule.category.empty() ? 0 : 2) + (rule.channel.empty() ? 0 : 1);
    if (score > best_score) best = rule, best_score = score;
  }
  return best;
}

json::value RootCause(store::Tx& tx, const std::map<std::string, std::string>& members, const BandBreach& breach,
                      int days, const SeriesDays& series, Date from, Date today) {
  json::array by;
  for (const char* dimension : kRootCauseDimensions) {
    if (members.count(dimension)) continue;
    auto children = ChildGapsVsBaseline(tx, members, dimension, breach.first, days, kBaselineDays);
    if (!children.ok() || children->empty()) continue;
    json::array top;
    for (size_t i = 0; i < children->size() && i < kTopChildren; ++i) {
      const ChildGap& c = (*children)[i];
      top.push_back(json::object{{"key", c.key}, {"label", c.label}, {"actual", std::round(c.actual)},
                                 {"expected", std::round(c.forecast)}, {"gap", std::round(c.gap)}, {"share", c.share}});
    }
    by.push_back(json::object{{"dimension", dimension}, {"children", top}});
  }
  // Every day of the window: the actual always, the forecast and its band where one was
  // made (null before the first forecast covering the window).
  const auto rounded = [](double v) { return std::isfinite(v) ? json::value(std::round(v)) : json::value(nullptr); };
  json::array days_out;
  for (Date d = from; d < today; d += std::chrono::days{1}) {
    const auto actual = series.actuals.find(d);
    const auto forecast = series.days.find(d);
    const bool forecast_made = forecast != series.days.end();
    days_out.push_back(json::object{{"date", FormatDate(d)},
                                    {"actual", std::round(actual == series.actuals.end() ? 0.0 : actual->second)},
                                    {"forecast", forecast_made ? rounded(forecast->second.forecast) : json::value(nullptr)},
                                    {"lo80", forecast_made ? rounded(forecast->second.lo80) : json::value(nullptr)},
                                    {"hi80", forecast_made ? rounded(forecast->second.hi80) : json::value(nullptr)}});
  }
  // What drove the forecast itself (global model, SHAP): a forecast pushed up by, say,
  // last year's Spring Festival lag explains a gap as much as any zone does.
  return json::object{
      {"baseline_days", kBaselineDays}, {"by", by}, {"window", days_out}, {"drivers", json::parse(series.drivers)}};
}

json::value AlertJson(const store::Row& r, bool with_root_cause) {
  json::object out{{"id", core::IdValue(r.Int(0))},
                   {"level", r.Str(1)},
                   {"series_key", r.Str(2)},
                   {"label", r.Str(3)},
                   {"zone_id", core::OptionalIdValue(r.OptInt(4))},
                   {"direction", r.Int(5) > 0 ? "above" : "below"},
                   {"first_period", r.Str(6)},
                   {"fired_period", r.Str(7)},
                   {"actual", std::round(r.Double(8))},
                   {"forecast", std::round(r.Double(9))},
                   {"gap_pct", r.Double(9) != 0 ? json::value(100 * (r.Double(8) - r.Double(9)) / r.Double(9))
                                                : json::value(nullptr)},
                   {"threshold_pct", r.Double(10)},
                   {"consecutive_days", r.Int(11)},
                   {"status", r.Str(12)},
                   {"note", r.Str(13)},
                   {"version", r.Int(14)},
                   {"created_at", core::TimeValue(r.Int(15))},
                   {"updated_at", core::TimeValue(r.Int(16))}};
  if (with_root_cause) out["root_cause"] = json::parse(r.Str(17));
  return out;
}

constexpr std::string_view kAlertColumns =
    "id, level, series_key, label, zone_id, direction, first_period, fired_period, actual, forecast, threshold_pct, "
    "consecutive_days, status, note, version, created_at, updated_at, root_cause";

}  // namespace

core::Result<int> EvaluateBandAlerts(store::Database& db, Date today, int lookback_days) {
  const Date from = today - std::chrono::days{lookback_days};
  std::map<std::pair<std::string, std::string>, SeriesDays> series;
  std::vector<AlertRule> rules;
  auto read = db.Transact(store::TxMode::kRead, [&](store::Tx& tx) -> core::Status {
    rules = SALIENT_TRY(ReadRules(tx));
    // Oldest run first, so the latest forecast made for a day is the one that stays.
    for (const auto& r : tx.Query(
             "SELECT p.level, p.series_key, s.label, s.zone_id, p.period, p.point, p.lo80, p.hi80, s.drivers "
             "FROM forecast_points p JOIN forecast_runs r ON r.id = p.run_id "
             "JOIN forecast_series s ON s.run_id = p.run_id AND s.frequency = p.frequency AND s.level = p.level "
             "AND s.series_key = p.series_key "
             "WHERE r.status = 'succeeded' AND p.frequency = 'daily' AND p.period >= ? AND p.period < ? "
             "ORDER BY r.as_of, r.started_at",
             {FormatDate(from), FormatDate(today)})) {
      SeriesDays& s = series[{r.Str(0), r.Str(1)}];
      s.level = r.Str(0), s.key = r.Str(1), s.label = r.Str(2), s.zone_id = r.OptInt(3), s.drivers = r.Str(8);
      const Date day = *ParseDate(r.Str(4));
      s.days[day] = {day, 0, r.Double(5), r.Double(6), r.Double(7)};
    }
    // Actuals of every level that has forecasts in the window.
    std::map<std::string, std::vector<SalesSeries>> actuals;
    for (auto& [id, s] : series) {
      if (!actuals.count(s.level)) {
        actuals[s.level] = SALIENT_TRY(BuildSalesSeries(tx, *FindLevel(s.level), Frequency::kDaily,
                                                        {store::ScopeKind::kAll, 0, {}}, today, from));
      }
      for (const auto& a : actuals[s.level]) {
        if (a.key != s.key) continue;
        for (size_t t = 0; t < a.values.size(); ++t) {
          const Date date = a.first + std::chrono::days{t};
          s.actuals[date] = a.values[t];
          auto day = s.days.find(date);
          if (day != s.days.end()) day->second.actual = a.values[t];
        }
      }
    }
    return core::Ok{};
  });
  if (!read.ok()) return read.error();

  int raised = 0;
  for (const auto& [id, s] : series) {
    const auto members = MembersOfKey(s.key);
    const AlertRule rule = RuleFor(rules, members);
    // Every day of the window in order; a day without a forecast breaks any streak.
    std::vector<ActualVsForecast> window;
    for (Date d = from; d < today; d += std::chrono::days{1}) {
      auto found = s.days.find(d);
      window.push_back(found != s.days.end() ? found->second : ActualVsForecast{d, 0, 0});
    }
    for (const BandBreach& breach : FindBandBreaches(window, {rule.threshold_pct / 100, rule.consecutive_days})) {
      double actual = 0, forecast = 0;
      for (const auto& d : window) {
        if (d.date >= breach.first && d.date <= breach.fired) actual += d.actual, forecast += d.forecast;
      }
      const int days = int((breach.fired - breach.first).count()) + 1;
      auto inserted = db.Write<bool>([&](store::Tx& tx) -> core::Result<bool> {
        if (tx.QueryOne("SELECT id FROM forecast_alerts WHERE level = ? AND series_key = ? AND first_period = ?",
                        {s.level, s.key, FormatDate(breach.first)})) {
          return false;
        }
        const core::Id alert_id = tx.NewId();
        const json::value cause = RootCause(tx, members, breach, days, s, from, today);
        tx.Exec("INSERT INTO forecast_alerts (id, level, series_key, label, zone_id, direction, first_period, "
                "fired_period, actual, forecast, threshold_pct, consecutive_days, root_cause, status, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                {alert_id, s.level, s.key, s.label, s.zone_id,
                 std::int64_t(breach.direction), FormatDate(breach.first), FormatDate(breach.fired), actual, forecast,
                 rule.threshold_pct, std::int64_t(rule.consecutive_days), json::serialize(cause), tx.Now(), tx.Now()});
        const json::object after{{"id", core::IdToString(alert_id)},
                                 {"label", s.label},
                                 {"level", s.level},
                                 {"zone_id", core::OptionalIdValue(s.zone_id)},
                                 {"direction", breach.direction > 0 ? "above" : "below"},
                                 {"gap_pct", forecast != 0 ? 100 * (actual - forecast) / forecast : 0.0},
                                 {"first_period", FormatDate(breach.first)},
                                 {"fired_period", FormatDate(breach.fired)}};
        store::PublishEvent(tx, "forecast_alert.raised", "forecast_alert", alert_id, std::nullopt,
                            json::serialize(json::object{{"after", after}}));
        return true;
      });
      if (!inserted.ok()) return inserted.error();
      raised += *inserted;
    }
  }
  return raised;
}

core::Result<json::value> ListForecastAlerts(store::Database& db, const auth::Actor& actor,
                                             std::optional<std::string> status) {
  if (auto s = actor.Require("alert", auth::Action::kRead); !s.ok()) return s.error();
  if (status && *status != "open" && *status != "acknowledged" && *status != "resolved") {
    return core::Error::Invalid("status", "must be open, acknowledged or resolved");
  }
  const ForecastScope scope(actor, "alert");
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    std::string sql = "SELECT " + std::string(kAlertColumns) + " FROM forecast_alerts";
    std::vector<store::Value> params;
    if (status) sql += " WHERE status = ?", params.push_back(*status);
    json::array items;
    for (const auto& r : tx.Query(sql + " ORDER BY fired_period DESC, id DESC LIMIT 500", params)) {
      const Level* level = FindLevel(r.Str(1));
      if (level && scope.MaySee(*level, r.OptInt(4))) items.push_back(AlertJson(r, false));
    }
    return json::value(json::object{{"items", items}});
  });
}

core::Result<json::value> GetForecastAlert(store::Database& db, const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("alert", auth::Action::kRead); !s.ok()) return s.error();
  const ForecastScope scope(actor, "alert");
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto r = tx.QueryOne("SELECT " + std::string(kAlertColumns) + " FROM forecast_alerts WHERE id = ?", {id});
    const Level* level = r ? FindLevel(r->Str(1)) : nullptr;
    if (!r || !level || !scope.MaySee(*level, r->OptInt(4))) return core::Error::NotFound("alert");
    return AlertJson(*r, true);
  });
}

core::Result<json::value> MoveForecastAlert(store::Database& db, const auth::Actor& actor, core::Id id,
                                            std::string_view to_status, std::string note) {
  if (auto s = actor.Require("alert", auth::Action::kUpdate); !s.ok()) return s.error();
  if (to_status != "acknowledged" && to_status != "resolved") {
    return core::Error::Invalid("status", "must be acknowledged or resolved");
  }
  const ForecastScope scope(actor, "alert");
  auto moved = db.Write<bool>([&](store::Tx& tx) -> core::Result<bool> {
    auto r = tx.QueryOne("SELECT " + std::string(kAlertColumns) + " FROM forecast_alerts WHERE id = ?", {id});
    const Level* level = r ? FindLevel(r->Str(1)) : nullptr;
    if (!r || !level || !scope.MaySee(*level, r->OptInt(4))) return core::Error::NotFound("alert");
    const std::string from = to_status == "acknowledged" ? "status = 'open'" : "status IN ('open', 'acknowledged')";
    const std::string who = to_status == "acknowledged" ? "acknowledged_by" : "resolved_by";
    // The status condition makes two people acting at once yield one transition.
    const auto changed = tx.Exec("UPDATE forecast_alerts SET status = ?, note = ?, " + who +
                                     " = ?, version = version + 1, updated_at = ? WHERE id = ? AND " + from,
                                 {std::string(to_status), note, actor.acting_user(),
                                  tx.Now(), id});
    if (changed == 0) return core::Error::Conflict("the alert is already " + r->Str(12));
    auth::RecordChange(tx, actor,
                       {"forecast_alert", id, "update", json::object{{"status", r->Str(12)}},
                        json::object{{"status", std::string(to_status)}, {"note", note}}});
    return true;
  });
  if (!moved.ok()) return moved.error();
  return GetForecastAlert(db, actor, id);
}

json::value AlertRuleJson(const AlertRule& rule) {
  return json::object{{"category", rule.category}, {"channel", rule.channel}, {"threshold_pct", rule.threshold_pct},
                      {"consecutive_days", rule.consecutive_days}};
}

core::Result<std::vector<AlertRule>> ListAlertRules(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("alert", auth::Action::kRead); !s.ok()) return s.error();
  return db.Read<std::vector<AlertRule>>([](store::Tx& tx) { return ReadRules(tx); });
}

core::Status ReplaceAlertRules(store::Database& db, const auth::Actor& actor, const std::vector<AlertRule>& rules) {
  if (auto s = actor.Require("alert", auth::Action::kCreate); !s.ok()) return s.error();
  int defaults = 0;
  for (size_t i = 0; i < rules.size(); ++i) {
    const std::string at = "items[" + std::to_string(i) + "]";
    if (!(rules[i].threshold_pct > 0 && rules[i].threshold_pct <= 100)) {
      return core::Error::Invalid(at + ".threshold_pct", "must be more than 0 and at most 100");
    }
    if (rules[i].consecutive_days < 1 || rules[i].consecutive_days > 60) {
      return core::Error::Invalid(at + ".consecutive_days", "must be 1..60");
    }
    for (size_t j = 0; j < i; ++j) {
      if (rules[j].category == rules[i].category && rules[j].channel == rules[i].channel) {
        return core::Error::Invalid(at, "another rule has the same category and channel");
      }
    }
    defaults += rules[i].category.empty() && rules[i].channel.empty();
  }
  if (defaults != 1) return core::Error::Invalid("items", "exactly one default rule (any category, any channel) is needed");
  return db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    json::array before, after;
    for (const auto& r : SALIENT_TRY(ReadRules(tx))) before.push_back(AlertRuleJson(r));
    tx.Exec("DELETE FROM forecast_alert_rules");
    for (const auto& r : rules) {
      tx.Exec("INSERT INTO forecast_alert_rules (id, category, channel, threshold_pct, consecutive_days, updated_by, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
              {tx.NewId(), r.category, r.channel, r.threshold_pct, std::int64_t(r.consecutive_days),
               actor.acting_user(), tx.Now()});
      after.push_back(AlertRuleJson(r));
    }
    auth::RecordChange(tx, actor, {"forecast_alert_rules", std::nullopt, "update", before, after});
    return core::Ok{};
  });
}

}  // namespace salient::forecast
