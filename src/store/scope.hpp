#pragma once
// Record scope: which rows of a scoped object a caller may see or touch. Every query
// on a scoped table ANDs this predicate in, so a handler cannot forget it.
#include <string>
#include <string_view>
#include <vector>

#include "core/id.hpp"
#include "store/value.hpp"

namespace salient::store {

enum class ScopeKind { kNone, kOwn, kZone, kSubtree, kAll };

struct RecordScope {
  ScopeKind kind = ScopeKind::kNone;
  core::Id user_id = 0;
  std::vector<core::Id> zone_ids;  // resolved: the user's zone, or its whole subtree
};

// The predicate of a scope that sees every row.
inline constexpr std::string_view kAlwaysTrue = "1 = 1";

struct Predicate {
  std::string sql;
  std::vector<Value> params;

  bool AlwaysTrue() const { return sql == kAlwaysTrue; }
};

// `owner_column`/`zone_column` name the row's owner and zone, e.g. "c.owner_id".
Predicate ScopePredicate(const RecordScope& scope, std::string_view owner_column,
                         std::string_view zone_column);

std::string_view ScopeName(ScopeKind kind);
bool ParseScope(std::string_view name, ScopeKind& out);

}  // namespace salient::store
