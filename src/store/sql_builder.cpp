#include "store/sql_builder.hpp"

namespace salient::store {

Where& Where::And(std::string sql, std::vector<Value> values) {
  sql_ += sql_.empty() ? " WHERE (" : " AND (";
  sql_ += sql;
  sql_ += ")";
  params_.insert(params_.end(), values.begin(), values.end());
  return *this;
}

std::string Where::Sql() const { return sql_; }

core::Result<std::string> OrderBy(std::string_view sort, const std::map<std::string, std::string, std::less<>>& columns,
                                  std::string_view default_order, std::string_view tiebreak) {
  if (sort.empty()) return " ORDER BY " + std::string(default_order) + ", " + std::string(tiebreak);
  const bool descending = sort.front() == '-';
  const std::string_view field = descending ? sort.substr(1) : sort;
  auto it = columns.find(field);
  if (it == columns.end()) {
    std::string allowed;
    for (const auto& [name, _] : columns) allowed += (allowed.empty() ? "" : ", ") + name;
    return core::Error::Validation("sort", "cannot sort by " + std::string(field) + " (use " + allowed + ")");
  }
  return " ORDER BY " + it->second + (descending ? " DESC" : " ASC") + ", " + std::string(tiebreak);
}

std::vector<Value> With(std::vector<Value> params, std::initializer_list<Value> more) {
  params.insert(params.end(), more.begin(), more.end());
  return params;
}

}  // namespace salient::store

namespace salient::store {
std::string MonthKeySql(Dialect dialect, std::string_view column) {
  const std::string c(column);
  if (dialect == Dialect::kSqlite) return "strftime('%Y-%m', " + c + " / 1000, 'unixepoch')";
  return "to_char(to_timestamp(" + c + " / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')";
}
}  // namespace salient::store
