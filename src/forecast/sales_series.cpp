#include "forecast/sales_series.hpp"

#include "forecast/dimension_sql.hpp"

#include <algorithm>

namespace salient::forecast {

bool Level::has_zone() const {
  return std::find(dimensions.begin(), dimensions.end(), "zone") != dimensions.end();
}

const std::vector<Level>& Levels() {
  static const std::vector<Level> levels = {
      {"total", {}},          {"zone", {"zone"}},       {"category", {"category"}},
      {"zone_category", {"zone", "category"}}, {"channel", {"channel"}}, {"segment", {"segment"}},
  };
  return levels;
}

const Level* FindLevel(std::string_view name) {
  for (const auto& level : Levels()) {
    if (level.name == name) return &level;
  }
  return nullptr;
}

core::Result<std::vector<SalesSeries>> BuildSalesSeries(store::Tx& tx, const Level& level, Frequency frequency,
                                                        const store::RecordScope& scope, Date until,
                                                        std::optional<Date> from) {
  std::string select = "SELECT o.order_date / " + std::to_string(kDayMillis) + " AS day, MIN(o.zone_id)";
  std::string group = "day";
  for (const auto& name : level.dimensions) {
    const DimensionSql& d = Dimension(name);
    select += ", " + std::string(d.key_sql) + ", MIN(" + std::string(d.label_sql) + ")";
    group += ", " + std::string(d.key_sql);
  }
  const store::Predicate where = store::ScopePredicate(scope, "o.owner_id", "o.zone_id");
  std::vector<store::Value> params = where.params;
  params.push_back(DayStartMillis(until));
  std::string sql = select + ", SUM(l.net_amount)" + std::string(kLinesJoined) + "WHERE " + where.sql +
                    " AND o.status <> 'cancelled' AND o.order_date < ?";
  if (from) {
    sql += " AND o.order_date >= ?";
    params.push_back(DayStartMillis(*from));
  }
  sql += " GROUP BY " + group;

  std::map<std::string, SalesSeries> by_key;
  std::map<std::string, std::map<Date, double>> points;
  for (const auto& row : tx.Query(sql, params)) {
    const Date day{std::chrono::days{row.Int(0)}};
    std::string key, label;
    std::map<std::string, std::string> members;
    for (size_t i = 0; i < level.dimensions.size(); ++i) {
      const std::string member = row.Str(2 + 2 * i);
      members[level.dimensions[i]] = member;
      key += (key.empty() ? "" : "|") + level.dimensions[i] + "=" + member;
      label += (label.empty() ? "" : " / ") + row.Str(3 + 2 * i);
    }
    if (key.empty()) key = label = "total";
    auto [it, inserted] = by_key.try_emplace(key);
    if (inserted) {
      it->second.key = key;
      it->second.label = label;
      it->second.members = std::move(members);
      if (level.has_zone()) it->second.zone_id = row.OptInt(1);
    }
    points[key][PeriodOf(day, frequency)] += row.Double(2 + 2 * level.dimensions.size());
  }

  std::vector<SalesSeries> out;
  for (auto& [key, series] : by_key) {
    const auto& sums = points[key];
    series.first = from ? PeriodOf(*from, frequency) : sums.begin()->first;
    for (Date label = series.first; label < until; label = StepPeriod(label, frequency, 1)) {
      const auto found = sums.find(label);
      series.values.push_back(found == sums.end() ? 0.0 : found->second);
    }
    if (!series.values.empty()) out.push_back(std::move(series));
  }
  return out;
}

std::map<std::string, std::string> MembersOfKey(std::string_view key) {
  std::map<std::string, std::string> members;
  while (!key.empty() && key != "total") {
    const std::string_view part = key.substr(0, key.find('|'));
    const size_t eq = part.find('=');
    if (eq != std::string_view::npos) members[std::string(part.substr(0, eq))] = std::string(part.substr(eq + 1));
    key.remove_prefix(std::min(part.size() + 1, key.size()));
  }
  return members;
}

core::Result<std::vector<ChildGap>> ChildGapsVsBaseline(store::Tx& tx, const std::map<std::string, std::string>& members,
                                                        std::string_view dimension, Date first, int days,
                                                        int baseline_days) {
  const DimensionSql& child = Dimension(dimension);
  const Date baseline_start = first - std::chrono::days{baseline_days};
  std::vector<store::Value> params = {DayStartMillis(first), DayStartMillis(first), DayStartMillis(baseline_start),
                                      DayStartMillis(first + std::chrono::days{days})};
  std::string sql = "SELECT " + std::string(child.key_sql) + ", MIN(" + std::string(child.label_sql) +
                    "), SUM(CASE WHEN o.order_date >= ? THEN l.net_amount ELSE 0 END), "
                    "SUM(CASE WHEN o.order_date < ? THEN l.net_amount ELSE 0 END)" +
                    std::string(kLinesJoined) +
                    "WHERE o.status <> 'cancelled' AND o.order_date >= ? AND o.order_date < ?";
  for (const auto& [name, value] : members) {
    sql += " AND " + std::string(Dimension(name).key_sql) + " = ?";
    params.push_back(value);
  }
  std::vector<ChildGap> children;
  for (const auto& row : tx.Query(sql + " GROUP BY " + std::string(child.key_sql), params)) {
    children.push_back({row.Str(0), row.Str(1), row.Double(2), row.Double(3) / baseline_days * days, 0, 0});
  }
  return RankChildGaps(std::move(children));
}

}  // namespace salient::forecast
