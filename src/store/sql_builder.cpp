#include "store/sql_builder.hpp"

#include <algorithm>

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
  if (sort.empty()) return " ORDER BY " + std::string(default_order) + ", " + std::string(tiebreak) + " ASC";
  const bool descending = sort.front() == '-';
  const std::string_view field = descending ? sort.substr(1) : sort;
  auto it = columns.find(field);
  if (it == columns.end()) {
    std::string allowed;
    for (const auto& [name, _] : columns) allowed += (allowed.empty() ? "" : ", ") + name;
    return core::Error::Validation("sort", "cannot sort by " + std::string(field) + " (use " + allowed + ")");
  }
  const char* direction = descending ? " DESC" : " ASC";
  return " ORDER BY " + it->second + direction + ", " + std::string(tiebreak) + direction;
}

std::vector<Value> With(std::vector<Value> params, std::initializer_list<Value> more) {
  params.insert(params.end(), more.begin(), more.end());
  return params;
}

}  // namespace salient::store

namespace salient::store {
Predicate NameSearch(Dialect dialect, std::string_view search_table, std::string_view alias, const std::string& text,
                     bool with_code) {
  const std::string a(alias);
  const auto characters = std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
  if (dialect == Dialect::kSqlite && characters >= 3) {
    // An FTS5 phrase (quotes doubled) matches the exact substring; `name : ` limits it to names.
    std::string phrase = with_code ? "\"" : "name : \"";
    for (char c : text) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
    phrase += "\"";
    const std::string table(search_table);
    return {a + ".id IN (SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?)", {phrase}};
  }
  std::string pattern = "%";  // LIKE wildcards in the text are literal
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += "%";
  const std::string name_like = dialect == Dialect::kPostgres ? a + ".name ILIKE ? ESCAPE '\\'"
                                                              : "LOWER(" + a + ".name) LIKE LOWER(?) ESCAPE '\\'";
  if (!with_code) return {name_like, {pattern}};
  const std::string code_like = dialect == Dialect::kPostgres ? a + ".code ILIKE ? ESCAPE '\\'"
                                                              : "LOWER(" + a + ".code) LIKE LOWER(?) ESCAPE '\\'";
  return {name_like + " OR " + code_like, {pattern, pattern}};
}

std::string MonthKeySql(Dialect dialect, std::string_view column) {
  const std::string c(column);
  if (dialect == Dialect::kSqlite) return "strftime('%Y-%m', " + c + " / 1000, 'unixepoch')";
  return "to_char(to_timestamp(" + c + " / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')";
}
}  // namespace salient::store

#include <boost/json.hpp>

namespace salient::store {

CappedCount CountUpTo(Tx& tx, const std::string& from_where, const std::vector<Value>& params, std::int64_t cap) {
  if (tx.dialect() == Dialect::kSqlite) {
    // SQLite hands each row of a LIMITed subquery through a coroutine, about twice a plain
    // scan's cost per row. So one plain scan looks for the row past the cap (a capped total
    // stops there), else a plain count, which for a whole table reads only the b-tree.
    if (tx.QueryOne("SELECT 1 " + from_where + " LIMIT 1 OFFSET ?", With(params, {cap}))) return {cap, true};
    return {tx.QueryOne("SELECT COUNT(*) " + from_where, params)->Int(0), false};
  }
  const std::int64_t n =
      tx.QueryOne("SELECT COUNT(*) FROM (SELECT 1 " + from_where + " LIMIT ?) AS capped", With(params, {cap + 1}))->Int(0);
  return n > cap ? CappedCount{cap, true} : CappedCount{n, false};
}

std::string MakeCursor(const Value& sort_value, std::int64_t id, const std::string& sort) {
  boost::json::array a;
  if (auto p = std::get_if<std::int64_t>(&sort_value)) a.emplace_back(*p);
  else if (auto p = std::get_if<std::string>(&sort_value)) a.emplace_back(*p);
  else if (auto p = std::get_if<double>(&sort_value)) a.emplace_back(*p);
  else a.emplace_back(nullptr);
  a.emplace_back(std::to_string(id));
  a.emplace_back(sort);
  return boost::json::serialize(a);
}

core::Status AfterCursor(Where& where, const Keyset& keyset, const std::string& sort, const std::string& cursor) {
  boost::system::error_code ec;
  auto parsed = boost::json::parse(cursor, ec);
  auto bad = [] { return core::Error::Invalid("cursor", "is not a cursor from a previous page"); };
  if (ec || !parsed.is_array() || parsed.as_array().size() != 3 || !parsed.as_array()[1].is_string()) return bad();
  if (!parsed.as_array()[2].is_string() || parsed.as_array()[2].as_string() != sort)
    return core::Error::Invalid("cursor", "was made for another sort order; start again from the first page");
  const auto& v = parsed.as_array()[0];
  Value sort_value;
  if (v.is_int64()) sort_value = v.as_int64();
  else if (v.is_string()) sort_value = std::string(v.as_string());
  else if (v.is_double()) sort_value = v.as_double();
  else return bad();
  std::int64_t id = 0;
  try {
    id = std::stoll(std::string(parsed.as_array()[1].as_string()));
  } catch (const std::exception&) {
    return bad();
  }
  const char* op = keyset.descending ? "<" : ">";
  where.And(keyset.expression + " " + op + " ? OR (" + keyset.expression + " = ? AND " + keyset.id_column + " " + op +
                " ?)",
            {sort_value, sort_value, id});
  return core::Ok{};
}

}  // namespace salient::store
