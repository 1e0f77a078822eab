#pragma once
// The "power list": how far each level of the sales line may discount, per zone and
// product line, the quote total above which the director decides, the price floor and
// product lines where no discount is allowed. Quote submission asks CheckQuoteAuthority
// what approval a quote needs; no client can skip it because the quote service calls it
// inside the submitting transaction.
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/money.hpp"
#include "store/database.hpp"

namespace salient::org {

struct AuthorityLimit {
  std::optional<core::Id> zone_id;  // nullopt: every zone
  std::string zone_name;
  std::string product_line;  // "": every line
  int rep_max_discount_bp = 0;
  int manager_max_discount_bp = 0;
  std::optional<core::MinorUnits> director_above_amount;  // nullopt: never
  int price_floor_bp = 0;                                 // net price ≥ this share of list price
  bool discount_forbidden = false;
};

boost::json::value AuthorityLimitToJson(const AuthorityLimit& limit);
core::Result<std::vector<AuthorityLimit>> ListAuthorityLimits(store::Database& db, const auth::Actor& actor);
// Replaces every row (authority_limit:update); exactly one default row (every zone, every
// line). Errors name `items[i].field`.
core::Status ReplaceAuthorityLimits(store::Database& db, const auth::Actor& actor,
                                    const std::vector<AuthorityLimit>& limits);

// The row that governs a zone and product line: the zone's own rows, then each zone above
// it, then the every-zone rows; within each, the product line's row before the any-line row.
AuthorityLimit ResolveAuthorityLimit(store::Tx& tx, std::optional<core::Id> zone_id, std::string_view product_line);

struct LineUnderReview {
  int line_no = 0;
  std::string product_line;
  int quantity = 0;
  core::MinorUnits list_price = 0;  // per unit
  int discount_bp = 0;
  core::MinorUnits net_amount = 0;
};

struct AuthorityVerdict {
  bool needs_manager = false;
  bool needs_director = false;
  // Why: lines over the submitter's limit and the total against the director threshold.
  boost::json::value reason;
  bool needs_approval() const { return needs_manager || needs_director; }
};

// What approval a quote needs when `submitter_role` submits it in `zone_id`. Reps are held
// to rep limits, zone managers to manager limits; directors and admins have none. A
// discount on a forbidden line or below the price floor is kValidation on
// `lines[i].discount_pct` (never approvable).
core::Result<AuthorityVerdict> CheckQuoteAuthority(store::Tx& tx, std::string_view submitter_role,
                                                   std::optional<core::Id> zone_id,
                                                   const std::vector<LineUnderReview>& lines, core::MinorUnits total);

}  // namespace salient::org
