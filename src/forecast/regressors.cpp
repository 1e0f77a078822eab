#include "forecast/regressors.hpp"

#include <cmath>
#include <limits>
#include <map>

#include "forecast/dimension_sql.hpp"

namespace salient::forecast {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
constexpr int kRecentPeriods = 3;  // a horizon without known values repeats their mean

using ByPeriod = std::map<Date, double>;

// The member filter of a series, for SQL over order lines or (visits) customers only.
struct Filter {
  std::string sql;
  std::vector<store::Value> params;
};

Filter FilterFor(const std::map<std::string, std::string>& members, bool customers_only) {
  Filter f;
  for (const auto& [dimension, member] : members) {
    std::string_view column = Dimension(dimension).key_sql;
    if (customers_only) {
      if (dimension == "category" || dimension == "product") continue;  // a visit is not per product
      if (dimension == "channel") column = "c.channel";
    }
    f.sql += " AND " + std::string(column) + " = ?";
    f.params.push_back(member);
  }
  return f;
}

ByPeriod DiscountByPeriod(store::Tx& tx, const SalesSeries& series, Frequency frequency) {
  const Filter filter = FilterFor(series.members, false);
  std::vector<store::Value> params = {DayStartMillis(series.first)};
  params.insert(params.end(), filter.params.begin(), filter.params.end());
  std::map<Date, std::pair<double, double>> sums;  // period → (list amount, net amount)
  for (const auto& r : tx.Query("SELECT o.order_date / " + std::to_string(kDayMillis) +
                                    " AS day, SUM(l.list_price * l.quantity), SUM(l.net_amount)" +
                                    std::string(kLinesJoined) +
                                    "WHERE o.status <> 'cancelled' AND o.order_date >= ?" + filter.sql + " GROUP BY day",
                                params)) {
    auto& [list, net] = sums[PeriodOf(Date{std::chrono::days{r.Int(0)}}, frequency)];
    list += r.Double(1), net += r.Double(2);
  }
  ByPeriod out;
  for (const auto& [period, amounts] : sums) {
    if (amounts.first > 0) out[period] = 100 * (amounts.first - amounts.second) / amounts.first;
  }
  return out;
}

ByPeriod VisitsByPeriod(store::Tx& tx, const SalesSeries& series, Frequency frequency) {
  const Filter filter = FilterFor(series.members, true);
  std::vector<store::Value> params = {DayStartMillis(series.first)};
  params.insert(params.end(), filter.params.begin(), filter.params.end());
  ByPeriod out;
  for (const auto& r : tx.Query("SELECT COALESCE(v.actual_at, v.planned_at) / " + std::to_string(kDayMillis) +
                                    " AS day, COUNT(*) FROM visits v JOIN customers c ON c.id = v.customer_id "
                                    "LEFT JOIN zones z ON z.id = c.zone_id "
                                    "WHERE v.status <> 'cancelled' AND COALESCE(v.actual_at, v.planned_at) >= ?" +
                                    filter.sql + " GROUP BY day",
                                params)) {
    out[PeriodOf(Date{std::chrono::days{r.Int(0)}}, frequency)] += double(r.Int(1));
  }
  return out;
}

// Weighted open pipeline by the period of the expected close date: amount × the stage's
// probability (won 100%, lost 0). Periods after the history use today's pipeline; a past
// period uses the pipeline as it stood when the period began (the stage then, from the
// stage history; deals created later left out), so backtests do not see the outcome.
ByPeriod PipelineByPeriod(store::Tx& tx, const SalesSeries& series, Frequency frequency) {
  const Filter filter = FilterFor(series.members, true);
  std::vector<store::Value> params = {DayStartMillis(series.first)};
  params.insert(params.end(), filter.params.begin(), filter.params.end());
  const std::string deals =
      " FROM opportunities opp JOIN opportunity_stages st ON st.key = opp.stage "
      "JOIN customers c ON c.id = opp.customer_id LEFT JOIN zones z ON z.id = opp.zone_id "
      "WHERE opp.expected_close_date >= ?" + filter.sql;
  const auto weight = [](const store::Row& r, std::size_t outcome, std::size_t probability) {
    const std::string o = r.Str(outcome);
    return o == "won" ? 1.0 : o == "lost" ? 0.0 : r.Double(probability) / 100;
  };
  // opportunity → (time entered, weight) of each stage it went through, in time order
  std::map<core::Id, std::vector<std::pair<std::int64_t, double>>> stages;
  for (const auto& r : tx.Query("SELECT h.opportunity_id, h.at, hs.outcome, hs.probability FROM "
                                "opportunity_stage_history h JOIN opportunity_stages hs ON hs.key = h.to_stage "
                                "WHERE h.opportunity_id IN (SELECT opp.id" + deals + ") ORDER BY h.opportunity_id, h.at",
                                params))
    stages[r.Int(0)].emplace_back(r.Int(1), weight(r, 2, 3));

  const Date future = StepPeriod(series.first, frequency, int(series.values.size()));
  ByPeriod out;
  for (const auto& r : tx.Query("SELECT opp.id, opp.amount, st.outcome, opp.probability, opp.expected_close_date, "
                                "opp.created_at" + deals,
                                params)) {
    const Date period = PeriodOf(Date{std::chrono::days{r.Int(4) / kDayMillis}}, frequency);
    double w = weight(r, 2, 3);  // today's stage and the deal's own probability
    if (period < future) {
      const std::int64_t began = DayStartMillis(period);
      if (r.Int(5) >= began) continue;  // nobody knew of the deal when the period began
      if (auto found = stages.find(r.Int(0)); found != stages.end()) {
        for (const auto& [at, stage_weight] : found->second)
          if (at < began) w = stage_weight;
      }
    }
    out[period] += w * double(r.Int(1)) / 100;  // yuan
  }
  return out;
}

// indicator → (dimension, member) → period → mean of the values dated in it
using Indicators = std::map<std::string, std::map<std::pair<std::string, std::string>, ByPeriod>>;

Indicators ReadIndicators(store::Tx& tx, Frequency frequency) {
  std::map<std::string, std::map<std::pair<std::string, std::string>, std::map<Date, std::pair<double, int>>>> sums;
  for (const auto& r : tx.Query("SELECT name, day, dimension, member, value FROM forecast_indicators")) {
    const auto day = ParseDate(r.Str(1));
    if (!day) continue;
    auto& [sum, count] = sums[r.Str(0)][{r.Str(2), r.Str(3)}][PeriodOf(*day, frequency)];
    sum += r.Double(4), ++count;
  }
  Indicators out;
  for (const auto& [name, by_member] : sums) {
    for (const auto& [member, periods] : by_member) {
      for (const auto& [period, sum_count] : periods) out[name][member][period] = sum_count.first / sum_count.second;
    }
  }
  return out;
}

// The values for the series' periods plus the horizon. With `persist`, horizon periods
// without a value take the mean of the last known ones.
std::vector<double> Align(const ByPeriod& values, const SalesSeries& series, Frequency frequency, int horizon,
                          bool persist) {
  const size_t history = series.values.size();
  std::vector<double> out(history + size_t(horizon), kMissing);
  std::vector<double> recent;
  for (size_t t = 0; t < out.size(); ++t) {
    const auto found = values.find(StepPeriod(series.first, frequency, int(t)));
    if (found != values.end()) {
      out[t] = found->second;
      if (t < history) recent.push_back(found->second);
    } else if (t >= history && persist && !recent.empty()) {
      const size_t n = std::min<size_t>(kRecentPeriods, recent.size());
      double sum = 0;
      for (size_t i = recent.size() - n; i < recent.size(); ++i) sum += recent[i];
      out[t] = sum / double(n);
    }
  }
  return out;
}

// For planned things (visits, deals): a period without any has 0, not a missing value.
std::vector<double> AlignOrZero(const ByPeriod& values, const SalesSeries& series, Frequency frequency, int horizon) {
  std::vector<double> out = Align(values, series, frequency, horizon, false);
  for (double& v : out) v = std::isnan(v) ? 0.0 : v;
  return out;
}

}  // namespace

core::Result<Regressors> BuildRegressors(store::Tx& tx, Frequency frequency, const std::vector<SalesSeries>& series,
                                         int horizon) {
  Regressors out;
  out.names = {"discount_pct", "visits", "weighted_pipeline"};
  const Indicators indicators = ReadIndicators(tx, frequency);
  for (const auto& [name, _] : indicators) out.names.push_back("indicator:" + name);

  for (const SalesSeries& s : series) {
    std::vector<std::vector<double>> values;
    values.push_back(Align(DiscountByPeriod(tx, s, frequency), s, frequency, horizon, true));
    // Visits and deals are planned ahead: the horizon has its own (0 when none is planned).
    values.push_back(AlignOrZero(VisitsByPeriod(tx, s, frequency), s, frequency, horizon));
    values.push_back(AlignOrZero(PipelineByPeriod(tx, s, frequency), s, frequency, horizon));
    for (const auto& [name, by_member] : indicators) {
      // The most specific rows: the series' own member of a dimension, else everywhere.
      const ByPeriod* chosen = nullptr;
      for (const auto& [dimension, member] : s.members) {
        auto found = by_member.find({dimension, member});
        if (found != by_member.end()) chosen = &found->second;
      }
      if (!chosen) {
        auto everywhere = by_member.find({"", ""});
        if (everywhere != by_member.end()) chosen = &everywhere->second;
      }
      values.push_back(chosen ? Align(*chosen, s, frequency, horizon, true)
                              : std::vector<double>(s.values.size() + size_t(horizon), kMissing));
    }
    out.values.push_back(std::move(values));
  }
  return out;
}

}  // namespace salient::forecast
