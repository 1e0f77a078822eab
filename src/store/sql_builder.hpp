#pragma once
// Builds the WHERE and ORDER BY of list queries from validated pieces: conditions are
// fixed SQL with `?` parameters plus their values; sort fields come from a whitelist.
// Never splices user text into SQL.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "store/database.hpp"
#include "store/scope.hpp"
#include "store/value.hpp"

namespace salient::store {

class Where {
 public:
  // Adds "AND (<sql>)" with its values.
  Where& And(std::string sql, std::vector<Value> values = {});
  // An always-true predicate (the all-rows scope) adds nothing: with no WHERE at all,
  // SQLite counts a table from its b-tree instead of testing every row.
  Where& And(const Predicate& predicate) { return predicate.AlwaysTrue() ? *this : And(predicate.sql, predicate.params); }
  // " WHERE ..." or "" when empty.
  std::string Sql() const;
  const std::vector<Value>& params() const { return params_; }

 private:
  std::string sql_;
  std::vector<Value> params_;
};

// `sort` is "field" or "-field"; `columns` maps allowed fields to SQL expressions.
// Returns " ORDER BY <expr> <dir>, <tiebreak> <dir>" (the unique tiebreak column keeps
// pages stable) or a kValidation error naming "sort".
core::Result<std::string> OrderBy(std::string_view sort, const std::map<std::string, std::string, std::less<>>& columns,
                                  std::string_view default_order, std::string_view tiebreak);

// Appends `values` to `params` (for LIMIT/OFFSET after the WHERE values).
std::vector<Value> With(std::vector<Value> params, std::initializer_list<Value> more);

}  // namespace salient::store

namespace salient::store {
// SQL for "YYYY-MM" (UTC) of an epoch-milliseconds column, per dialect.
std::string MonthKeySql(Dialect dialect, std::string_view millis_column);

// Rows (table alias `alias`) whose name or code contains `text`, ignoring case; works for
// Chinese, which has no word breaks. SQLite: the FTS5 trigram table `search_table` (for 3+
// characters; shorter texts scan); PostgreSQL: ILIKE served by trigram GIN indexes.
// `with_code` false searches names only.
Predicate NameSearch(Dialect dialect, std::string_view search_table, std::string_view alias, const std::string& text,
                     bool with_code = true);
}  // namespace salient::store

namespace salient::store {

// Counts the rows of `from_where` (e.g. "FROM orders o WHERE ...") but stops at `cap`:
// an exact total is not worth scanning half a million rows for a list page. `from_where`
// must not order, group or limit.
struct CappedCount {
  std::int64_t count = 0;
  bool capped = false;
};
CappedCount CountUpTo(Tx& tx, const std::string& from_where, const std::vector<Value>& params, std::int64_t cap = 10000);

// Keyset pagination on (sort expression, id). A cursor is the last row's sort value and
// id; the next page continues strictly after it in the list's direction.
struct Keyset {
  std::string expression;  // e.g. "o.order_date"
  std::string id_column;   // e.g. "o.id"
  bool descending = true;
};
// Adds the "after the cursor" condition; kInvalidArgument naming "cursor" when malformed
// or made for another sort order.
core::Status AfterCursor(Where& where, const Keyset& keyset, const std::string& sort, const std::string& cursor);
std::string MakeCursor(const Value& sort_value, std::int64_t id, const std::string& sort);

}  // namespace salient::store
