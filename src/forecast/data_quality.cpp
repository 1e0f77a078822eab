#include "forecast/data_quality.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "forecast/sales_series.hpp"

namespace salient::forecast {
namespace {

constexpr int kRecentDays = 90;

double Percent(double share) { return std::round(100 * share); }

QualityCheck Fields(store::Tx& tx, Date today) {
  const auto row = tx.QueryOne(
      "SELECT COUNT(*), SUM(CASE WHEN o.zone_id IS NULL THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN o.channel = '' THEN 1 ELSE 0 END), SUM(CASE WHEN c.segment = '' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN p.category = '' THEN 1 ELSE 0 END) "
      "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
      "JOIN products p ON p.id = l.product_id WHERE o.status <> 'cancelled' AND o.order_date >= ? AND o.order_date < ?",
      {DayStartMillis(today - std::chrono::days{kRecentDays}), DayStartMillis(today)});
  QualityCheck check{"fields", 1, ""};
  const double lines = row ? double(row->Int(0)) : 0;
  if (lines == 0) return check;
  const char* names[] = {"zone", "channel", "customer segment", "product category"};
  std::string worst;
  for (int i = 0; i < 4; ++i) {
    const double missing = double(row->Int(size_t(i + 1))) / lines;
    if (1 - missing < check.score) check.score = 1 - missing, worst = names[i];
  }
  if (check.score < 0.95) {
    check.problem = fmt::format("{}% of the order lines of the last {} days have no {}", Percent(1 - check.score),
                                kRecentDays, worst);
  }
  return check;
}

QualityCheck Duplicates(store::Tx& tx, Date today) {
  const auto row = tx.QueryOne(
      "SELECT COUNT(*), COALESCE(SUM(copies - 1), 0) FROM (SELECT COUNT(*) AS copies FROM orders "
      "WHERE status <> 'cancelled' AND order_date >= ? AND order_date < ? "
      "GROUP BY customer_id, order_date, total, line_count) g",
      {DayStartMillis(today - std::chrono::days{kRecentDays}), DayStartMillis(today)});
  QualityCheck check{"duplicates", 1, ""};
  const double groups = row ? double(row->Int(0)) : 0, extra = row ? double(row->Int(1)) : 0;
  if (groups + extra == 0) return check;
  const double share = extra / (groups + extra);
  check.score = std::max(0.0, 1 - 5 * share);  // 10% repeated orders halve the score
  if (share >= 0.01) {
    check.problem = fmt::format("{} orders of the last {} days repeat another order's customer, day, total and lines",
                                int(extra), kRecentDays);
  }
  return check;
}

}  // namespace

std::string DataQuality::Summary() const {
  std::vector<const QualityCheck*> bad;
  for (const auto& check : checks) {
    if (!check.problem.empty()) bad.push_back(&check);
  }
  std::sort(bad.begin(), bad.end(), [](auto* a, auto* b) { return a->score < b->score; });
  std::string out;
  for (const auto* check : bad) out += (out.empty() ? "" : "; ") + check->problem;
  return out;
}

core::Result<DataQuality> CheckDataQuality(store::Tx& tx, Date today) {
  DataQuality quality;
  const std::vector<SalesSeries> total = SALIENT_TRY(BuildSalesSeries(
      tx, *FindLevel("total"), Frequency::kDaily, {store::ScopeKind::kAll, 0, {}}, today, today - std::chrono::days{365}));
  if (total.empty()) {
    quality.score = 0;
    quality.checks.push_back({"days", 0, "no sales in the last year"});
    return quality;
  }
  const std::vector<double>& days = total.front().values;

  const size_t recent = std::min<size_t>(kRecentDays, days.size());
  const auto selling = std::count_if(days.end() - long(recent), days.end(), [](double v) { return v != 0; });
  // Many businesses rest on weekends or holidays: selling on 60% of days counts as whole.
  QualityCheck completeness{"days", std::min(1.0, double(selling) / double(recent) / 0.6), ""};
  if (completeness.score < 0.7) {
    completeness.problem = fmt::format("only {} of the last {} days have any sales", selling, recent);
  }

  size_t idle = 0;
  while (idle < days.size() && days[days.size() - 1 - idle] == 0) ++idle;
  QualityCheck freshness{"freshness", 1 - std::min(double(idle) / 30.0, 1.0), ""};
  if (idle >= 14) freshness.problem = fmt::format("no sales in the last {} days: is the order feed stale?", idle);

  // Outlier days: beyond the median plus 20 robust standard deviations (MAD × 1.4826).
  std::vector<double> sorted(days.begin(), days.end());
  std::sort(sorted.begin(), sorted.end());
  const double median = sorted[sorted.size() / 2];
  std::vector<double> deviations;
  for (double v : days) deviations.push_back(std::abs(v - median));
  std::sort(deviations.begin(), deviations.end());
  const double spread = 1.4826 * deviations[deviations.size() / 2];
  double all = 0, extreme = 0;
  int extreme_days = 0;
  for (double v : days) {
    all += v;
    if (spread > 0 && v > median + 20 * spread) extreme += v, ++extreme_days;
  }
  QualityCheck outliers{"outliers", all > 0 ? 1 - extreme / all : 1.0, ""};
  if (extreme_days > 0) {
    outliers.problem = fmt::format("{} days of the last year hold {}% of its sales, far beyond the usual day",
                                   extreme_days, Percent(extreme / all));
  }

  quality.checks = {Fields(tx, today), completeness, freshness, Duplicates(tx, today), outliers};
  for (const auto& check : quality.checks) quality.score = std::min(quality.score, check.score);
  return quality;
}

}  // namespace salient::forecast
