#include "store/scope.hpp"

namespace salient::store {

Predicate ScopePredicate(const RecordScope& scope, std::string_view owner_column,
                         std::string_view zone_column) {
  switch (scope.kind) {
    case ScopeKind::kNone:
      return {"1 = 0", {}};
    case ScopeKind::kAll:
      return {std::string(kAlwaysTrue), {}};
    case ScopeKind::kOwn:
      return {std::string(owner_column) + " = ?", {scope.user_id}};
    case ScopeKind::kZone:
    case ScopeKind::kSubtree: {
      // Records in the zone(s), plus the caller's own records wherever they sit.
      Predicate p{"(" + std::string(owner_column) + " = ?", {scope.user_id}};
      if (!scope.zone_ids.empty()) {
        p.sql += " OR " + std::string(zone_column) + " IN (";
        for (std::size_t i = 0; i < scope.zone_ids.size(); ++i) {
          p.sql += i == 0 ? "?" : ", ?";
          p.params.emplace_back(scope.zone_ids[i]);
        }
        p.sql += ")";
      }
      p.sql += ")";
      return p;
    }
  }
  return {"1 = 0", {}};
}

std::string_view ScopeName(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::kNone: return "none";
    case ScopeKind::kOwn: return "own";
    case ScopeKind::kZone: return "zone";
    case ScopeKind::kSubtree: return "subtree";
    case ScopeKind::kAll: return "all";
  }
  return "none";
}

bool ParseScope(std::string_view name, ScopeKind& out) {
  for (ScopeKind k : {ScopeKind::kNone, ScopeKind::kOwn, ScopeKind::kZone, ScopeKind::kSubtree,
                      ScopeKind::kAll}) {
    if (ScopeName(k) == name) {
      out = k;
      return true;
    }
  }
  return false;
}

}  // namespace salient::store
