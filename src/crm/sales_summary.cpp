#include "crm/sales_summary.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>

#include "core/json.hpp"
#include "core/time.hpp"
#include "store/sql_builder.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

// Start (UTC) of the month `offset` months from the month containing `now`.
core::Millis MonthStart(core::Millis now, int offset) {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(sys_time<milliseconds>{milliseconds{now}})};
  const year_month ym = year_month{ymd.year(), ymd.month()} + months{offset};
  return duration_cast<milliseconds>(sys_days{ym / 1}.time_since_epoch()).count();
}

core::Millis YearStart(core::Millis now) {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(sys_time<milliseconds>{milliseconds{now}})};
  return duration_cast<milliseconds>(sys_days{ymd.year() / January / 1}.time_since_epoch()).count();
}

}  // namespace

core::Result<json::value> SalesSummary(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("order", auth::Action::kRead); !s.ok()) return s.error();
  return db.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    const core::Millis now = tx.Now();
    const store::Predicate scope = store::ScopePredicate(actor.Scope("order"), "o.owner_id", "o.zone_id");
    const std::string live = " AND o.status <> 'cancelled'";
    const core::Millis this_month_start = MonthStart(now, 0), last_month_start = MonthStart(now, -1);

    // Sales and order counts per month of the last 12; this and last month are read from them.
    json::array monthly;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_month;
    const std::string month = store::MonthKeySql(tx.dialect(), "o.order_date");
    for (const auto& r : tx.Query("SELECT " + month + " AS m, SUM(o.total), COUNT(*) FROM orders o WHERE " + scope.sql +
                                      " AND o.order_date >= ?" + live + " GROUP BY " + month,
                                  store::With(scope.params, {MonthStart(now, -11)})))
      by_month[r.Str(0)] = {r.Int(1), r.Int(2)};
    // {sales, orders} of the month starting at `start`.
    const auto month_of = [&](core::Millis start) {
      const auto found = by_month.find(core::FormatIso(start).substr(0, 7));
      return found == by_month.end() ? std::pair<std::int64_t, std::int64_t>{0, 0} : found->second;
    };
    for (int offset = -11; offset <= 0; ++offset) {
      const core::Millis start = MonthStart(now, offset);
      const auto [amount, orders] = month_of(start);
      monthly.push_back({{"month", core::FormatIso(start).substr(0, 7)}, {"amount", amount}, {"orders", orders}});
    }
    const auto [this_month, orders_this] = month_of(this_month_start);
    const auto [last_month, orders_last] = month_of(last_month_start);
    // The same stretch of last month as has passed of this one (a month-to-date figure
    // against a whole month reads as a slump every morning of the 2nd); clamped to the
    // month's end when last month was shorter.
    const core::Millis same_period_end = std::min(last_month_start + (now - this_month_start), this_month_start);
    const auto same_period = tx.QueryOne("SELECT COALESCE(SUM(o.total), 0), COUNT(*) FROM orders o WHERE " + scope.sql +
                                             " AND o.order_date >= ? AND o.order_date < ?" + live,
                                         store::With(scope.params, {last_month_start, same_period_end}));
    const std::int64_t last_month_to_date = same_period->Int(0), orders_last_to_date = same_period->Int(1);

    const core::Millis year = YearStart(now);
    json::array by_zone;
    for (const auto& r : tx.Query("SELECT o.zone_id, COALESCE(z.name, '-'), SUM(o.total) FROM orders o LEFT JOIN zones z "
                                  "ON z.id = o.zone_id WHERE " + scope.sql + " AND o.order_date >= ?" + live +
                                      " GROUP BY o.zone_id, z.name ORDER BY SUM(o.total) DESC",
                                  store::With(scope.params, {year})))
      by_zone.push_back({{"zone_id", core::OptionalIdValue(r.OptInt(0))}, {"zone_name", r.Str(1)}, {"amount", r.Int(2)}});
    json::array by_category;
    for (const auto& r : tx.Query("SELECT p.category, SUM(l.net_amount) FROM orders o JOIN order_lines l ON l.order_id = o.id "
                                  "JOIN products p ON p.id = l.product_id WHERE " + scope.sql +
                                      " AND o.order_date >= ?" + live + " GROUP BY p.category ORDER BY SUM(l.net_amount) DESC",
                                  store::With(scope.params, {year})))
      by_category.push_back({{"category", r.Str(0)}, {"amount", r.Int(1)}});
    json::array top;
    for (const auto& r : tx.Query("SELECT c.id, c.name, SUM(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                  "WHERE " + scope.sql + " AND o.order_date >= ?" + live +
                                      " GROUP BY c.id, c.name ORDER BY SUM(o.total) DESC LIMIT 10",
                                  store::With(scope.params, {year})))
      top.push_back({{"id", core::IdValue(r.Int(0))}, {"name", r.Str(1)}, {"amount", r.Int(2)}});
    // Pipeline by stage (open opportunities) and the win rate of the last 12 months.
    const store::Predicate opportunity_scope = store::ScopePredicate(actor.Scope("opportunity"), "o.owner_id", "o.zone_id");
    json::array pipeline;
    std::int64_t won = 0, lost = 0;
    if (actor.Can("opportunity", auth::Action::kRead)) {
      for (const auto& r : tx.Query("SELECT s.key, s.label_zh, s.label_en, COUNT(o.id), COALESCE(SUM(o.amount), 0), "
                                    "COALESCE(SUM(o.amount * o.probability / 100), 0) FROM opportunity_stages s LEFT JOIN "
                                    "opportunities o ON o.stage = s.key AND " + opportunity_scope.sql +
                                        " WHERE s.outcome = 'open' GROUP BY s.key, s.label_zh, s.label_en, s.position "
                                        "ORDER BY s.position",
                                    opportunity_scope.params))
        pipeline.push_back({{"stage", r.Str(0)}, {"label_zh", r.Str(1)}, {"label_en", r.Str(2)}, {"count", r.Int(3)},
                            {"amount", r.Int(4)}, {"weighted_amount", r.Int(5)}});
      for (const auto& r : tx.Query("SELECT s.outcome, COUNT(*) FROM opportunities o JOIN opportunity_stages s ON s.key = "
                                    "o.stage WHERE " + opportunity_scope.sql +
                                        " AND s.outcome <> 'open' AND o.closed_at >= ? GROUP BY s.outcome",
                                    store::With(opportunity_scope.params, {MonthStart(now, -11)})))
        (r.Str(0) == "won" ? won : lost) = r.Int(1);
    }
    const store::Predicate customer_scope = store::ScopePredicate(actor.Scope("customer"), "c.owner_id", "c.zone_id");
    const auto customers = tx.QueryOne("SELECT COUNT(*) FROM customers c WHERE " + customer_scope.sql, customer_scope.params)->Int(0);
    return json::value(json::object{{"currency", "CNY"},
                                    {"this_month", this_month},
                                    {"last_month", last_month},
                                    {"orders_this_month", orders_this},
                                    {"orders_last_month", orders_last},
                                    {"last_month_to_date", last_month_to_date},
                                    {"orders_last_month_to_date", orders_last_to_date},
                                    {"customers", customers},
                                    {"monthly", monthly},
                                    {"by_zone", by_zone},
                                    {"by_category", by_category},
                                    {"top_customers", top},
                                    {"pipeline", pipeline},
                                    {"won_12m", won},
                                    {"lost_12m", lost},
                                    {"win_rate", won + lost > 0 ? json::value(double(won) / double(won + lost)) : json::value(nullptr)}});
  });
}

}  // namespace salient::crm
