#include "forecast/accuracy.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <cmath>
#include <map>
#include <tuple>

#include "core/json.hpp"
#include "forecast/sales_series.hpp"
#include "forecast/scope.hpp"

namespace salient::forecast {

namespace json = boost::json;

namespace {

// Sums from which every accuracy figure is derived.
struct Tally {
  double abs_error = 0, abs_actual = 0, error = 0, scaled_abs_error = 0;
  int n = 0, in80 = 0, in95 = 0;

  void Add(double actual, double point, double lo80, double hi80, double lo95, double hi95, double scale) {
    abs_error += std::abs(actual - point);
    abs_actual += std::abs(actual);
    error += point - actual;
    scaled_abs_error += std::abs(actual - point) / (scale > 0 ? scale : 1.0);
    ++n;
    in80 += lo80 <= actual && actual <= hi80;
    in95 += lo95 <= actual && actual <= hi95;
  }

  json::object Json() const {
    const auto percent = [](double part, double whole) { return whole > 0 ? json::value(100 * part / whole) : json::value(nullptr); };
    return {{"n", n},
            {"wape", percent(abs_error, abs_actual)},
            {"bias", percent(error, abs_actual)},
            {"mase", n ? json::value(scaled_abs_error / n) : json::value(nullptr)},
            {"coverage80", percent(in80, n)},
            {"coverage95", percent(in95, n)}};
  }
};

int PeriodsBetween(Date from, Date to, Frequency frequency) {
  using namespace std::chrono;
  switch (frequency) {
    case Frequency::kDaily: return int((to - from).count());
    case Frequency::kWeekly: return int((to - from).count() / 7);
    case Frequency::kMonthly:
    case Frequency::kQuarterly: {
      const year_month_day a{from}, b{to};
      const int months_apart = (int(b.year()) - int(a.year())) * 12 + int(unsigned(b.month())) - int(unsigned(a.month()));
      return frequency == Frequency::kMonthly ? months_apart : months_apart / 3;
    }
  }
  return 0;
}

template <typename Key>
json::array Breakdown(const std::map<Key, Tally>& tallies, const char* key_name) {
  json::array out;
  for (const auto& [key, tally] : tallies) {
    json::object row = tally.Json();
    row[key_name] = json::value_from(key);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

core::Result<json::value> ForecastAccuracy(store::Database& db, const auth::Actor& actor, std::string_view frequency_name) {
  if (auto s = actor.Require("forecast", auth::Action::kRead); !s.ok()) return s.error();
  auto served = ServedFrequency(frequency_name);
  if (!served.ok()) return served.error();
  const Frequency frequency = *served;
  const ForecastScope scope(actor);
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    const std::string freq(FrequencyName(frequency));
    const Date today = DayOfMillis(tx.Now());
    const Date until = PeriodOf(today, frequency);
    const auto rows = tx.Query(
        "SELECT r.id, r.as_of, s.level, s.series_key, s.zone_id, s.model, s.scale, p.period, p.point, p.lo80, "
        "p.hi80, p.lo95, p.hi95 FROM forecast_points p "
        "JOIN forecast_series s ON s.run_id = p.run_id AND s.frequency = p.frequency AND s.level = p.level "
        "AND s.series_key = p.series_key JOIN forecast_runs r ON r.id = p.run_id "
        "WHERE r.status = 'succeeded' AND p.frequency = ? AND p.period < ? ORDER BY r.as_of",
        {freq, FormatDate(until)});

    // Actuals per level, once, from the earliest period any stored forecast covers.
    std::map<std::string, std::map<std::string, std::map<Date, double>>> actuals;  // level → key → period
    std::optional<Date> earliest;
    for (const auto& r : rows) {
      const Date period = *ParseDate(r.Str(7));
      if (!earliest || period < *earliest) earliest = period;
    }
    for (const auto& r : rows) {
      const std::string level = r.Str(2);
      if (actuals.count(level) || !FindLevel(level)) continue;
      auto& by_key = actuals[level];
      const std::vector<SalesSeries> series = SALIENT_TRY(
          BuildSalesSeries(tx, *FindLevel(level), frequency, {store::ScopeKind::kAll, 0, {}}, until, earliest));
      for (const auto& s : series) {
        for (size_t t = 0; t < s.values.size(); ++t) by_key[s.key][StepPeriod(s.first, frequency, int(t))] = s.values[t];
      }
    }

    Tally overall;
    std::map<std::string, Tally> by_level, by_model;
    std::map<int, Tally> by_horizon;
    std::map<std::tuple<std::string, std::string>, Tally> by_run;  // (as_of, run id)
    for (const auto& r : rows) {
      const Level* level = FindLevel(r.Str(2));
      if (!level || !scope.MaySee(*level, r.OptInt(4))) continue;
      const Date period = *ParseDate(r.Str(7));
      const auto& series_actuals = actuals[level->name][r.Str(3)];
      const auto found = series_actuals.find(period);
      const double actual = found == series_actuals.end() ? 0.0 : found->second;
      const int step = PeriodsBetween(PeriodOf(*ParseDate(r.Str(1)), frequency), period, frequency) + 1;
      const auto add = [&](Tally& t) {
        t.Add(actual, r.Double(8), r.Double(9), r.Double(10), r.Double(11), r.Double(12), r.Double(6));
      };
      add(overall);
      add(by_level[level->name]);
      add(by_model[r.Str(5)]);
      add(by_horizon[step]);
      add(by_run[{r.Str(1), core::IdToString(r.Int(0))}]);
    }
    json::array runs;
    for (const auto& [key, tally] : by_run) {
      json::object row = tally.Json();
      row["as_of"] = std::get<0>(key);
      row["run_id"] = std::get<1>(key);
      runs.push_back(std::move(row));
    }
    return json::value(json::object{{"frequency", freq},
                                    {"overall", overall.Json()},
                                    {"by_level", Breakdown(by_level, "level")},
                                    {"by_model", Breakdown(by_model, "model")},
                                    {"by_horizon", Breakdown(by_horizon, "step")},
                                    {"by_run", runs}});
  });
}

}  // namespace salient::forecast
