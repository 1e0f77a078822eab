#include "org/authority_limits.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>

#include "auth/audit.hpp"
#include "core/json.hpp"

namespace salient::org {

namespace json = boost::json;

namespace {

const char* kSelect =
    "SELECT a.zone_id, z.name, a.product_line, a.rep_max_discount_bp, a.manager_max_discount_bp, "
    "a.director_above_amount, a.price_floor_bp, a.discount_forbidden FROM authority_limits a "
    "LEFT JOIN zones z ON z.id = a.zone_id";

AuthorityLimit FromRow(const store::Row& r) {
  AuthorityLimit a;
  a.zone_id = r.OptInt(0);
  a.zone_name = r.Str(1);
  a.product_line = r.Str(2);
  a.rep_max_discount_bp = static_cast<int>(r.Int(3));
  a.manager_max_discount_bp = static_cast<int>(r.Int(4));
  a.director_above_amount = r.OptInt(5);
  a.price_floor_bp = static_cast<int>(r.Int(6));
  a.discount_forbidden = r.Bool(7);
  return a;
}

std::vector<AuthorityLimit> ReadAll(store::Tx& tx) {
  std::vector<AuthorityLimit> out;
  for (const auto& r : tx.Query(std::string(kSelect) + " ORDER BY a.zone_id IS NOT NULL, z.name, a.product_line"))
    out.push_back(FromRow(r));
  return out;
}

double Pct(int bp) { return bp / 100.0; }

// The zone, then each zone above it.
std::vector<core::Id> ZoneChain(store::Tx& tx, std::optional<core::Id> zone_id) {
  std::vector<core::Id> chain;
  for (auto z = zone_id; z && chain.size() < 16; ) {
    chain.push_back(*z);
    auto parent = tx.QueryOne("SELECT parent_id FROM zones WHERE id = ?", {*z});
    z = parent ? parent->OptInt(0) : std::nullopt;
  }
  return chain;
}

}  // namespace

json::value AuthorityLimitToJson(const AuthorityLimit& a) {
  return {{"zone_id", core::OptionalIdValue(a.zone_id)},
          {"zone_name", a.zone_id ? json::value(a.zone_name) : json::value(nullptr)},
          {"product_line", a.product_line},
          {"rep_max_discount_pct", Pct(a.rep_max_discount_bp)},
          {"manager_max_discount_pct", Pct(a.manager_max_discount_bp)},
          {"director_above_amount", a.director_above_amount ? json::value(*a.director_above_amount) : json::value(nullptr)},
          {"price_floor_pct", Pct(a.price_floor_bp)},
          {"discount_forbidden", a.discount_forbidden}};
}

core::Result<std::vector<AuthorityLimit>> ListAuthorityLimits(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("authority_limit", auth::Action::kRead); !s.ok()) return s.error();
  return db.Read<std::vector<AuthorityLimit>>([](store::Tx& tx) -> core::Result<std::vector<AuthorityLimit>> {
    return ReadAll(tx);
  });
}

core::Status ReplaceAuthorityLimits(store::Database& db, const auth::Actor& actor,
                                    const std::vector<AuthorityLimit>& limits) {
  if (auto s = actor.Require("authority_limit", auth::Action::kUpdate); !s.ok()) return s.error();
  int defaults = 0;
  for (size_t i = 0; i < limits.size(); ++i) {
    const auto& a = limits[i];
    const std::string at = "items[" + std::to_string(i) + "]";
    auto share = [&](int bp, const char* field) -> core::Status {
      if (bp < 0 || bp > 10000) return core::Error::Validation(at + "." + field, "must be between 0 and 100");
      return core::Ok{};
    };
    if (auto s = share(a.rep_max_discount_bp, "rep_max_discount_pct"); !s.ok()) return s;
    if (auto s = share(a.manager_max_discount_bp, "manager_max_discount_pct"); !s.ok()) return s;
    if (auto s = share(a.price_floor_bp, "price_floor_pct"); !s.ok()) return s;
    if (a.manager_max_discount_bp < a.rep_max_discount_bp)
      return core::Error::Validation(at + ".manager_max_discount_pct", "must not be below the rep's limit");
    if (a.director_above_amount && *a.director_above_amount < 0)
      return core::Error::Validation(at + ".director_above_amount", "must not be negative");
    if (a.product_line.size() > 100) return core::Error::Validation(at + ".product_line", "at most 100 characters");
    for (size_t j = 0; j < i; ++j)
      if (limits[j].zone_id == a.zone_id && limits[j].product_line == a.product_line)
        return core::Error::Validation(at, "another row has the same zone and product line");
    defaults += !a.zone_id && a.product_line.empty();
  }
  if (defaults != 1)
    return core::Error::Validation("items", "exactly one default row (every zone, every product line) is needed");
  return db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    for (size_t i = 0; i < limits.size(); ++i)
      if (limits[i].zone_id && !tx.QueryOne("SELECT id FROM zones WHERE id = ?", {*limits[i].zone_id}))
        return core::Error::Validation("items[" + std::to_string(i) + "].zone_id", "unknown zone");
    json::array before, after;
    for (const auto& a : ReadAll(tx)) before.push_back(AuthorityLimitToJson(a));
    tx.Exec("DELETE FROM authority_limits");
    for (const auto& a : limits) {
      tx.Exec("INSERT INTO authority_limits (id, zone_id, product_line, rep_max_discount_bp, manager_max_discount_bp, "
              "director_above_amount, price_floor_bp, discount_forbidden, updated_by, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {tx.NewId(), a.zone_id, a.product_line, a.rep_max_discount_bp, a.manager_max_discount_bp,
               a.director_above_amount, a.price_floor_bp, a.discount_forbidden ? 1 : 0, actor.acting_user(), tx.Now()});
    }
    for (const auto& a : ReadAll(tx)) after.push_back(AuthorityLimitToJson(a));
    auth::RecordChange(tx, actor, {"authority_limits", std::nullopt, "update", before, after}, "authority_limits.changed");
    return core::Ok{};
  });
}

AuthorityLimit ResolveAuthorityLimit(store::Tx& tx, std::optional<core::Id> zone_id, std::string_view product_line) {
  const std::string line(product_line);
  for (core::Id zone : ZoneChain(tx, zone_id)) {
    for (const std::string& l : {line, std::string()})
      if (auto r = tx.QueryOne(std::string(kSelect) + " WHERE a.zone_id = ? AND a.product_line = ?", {zone, l}))
        return FromRow(*r);
  }
  for (const std::string& l : {line, std::string()})
    if (auto r = tx.QueryOne(std::string(kSelect) + " WHERE a.zone_id IS NULL AND a.product_line = ?", {l}))
      return FromRow(*r);
  // No default row (only possible by editing the table by hand): the strictest reading.
  return AuthorityLimit{};
}

core::Result<AuthorityVerdict> CheckQuoteAuthority(store::Tx& tx, std::string_view submitter_role,
                                                   std::optional<core::Id> zone_id,
                                                   const std::vector<LineUnderReview>& lines, core::MinorUnits total) {
  const bool unlimited = submitter_role == "sales_director" || submitter_role == "admin";
  const bool manager = submitter_role == "zone_manager";
  AuthorityVerdict verdict;
  json::array over;
  std::optional<core::MinorUnits> director_above;
  for (const auto& line : lines) {
    const AuthorityLimit limit = ResolveAuthorityLimit(tx, zone_id, line.product_line);
    const std::string field = "lines[" + std::to_string(line.line_no - 1) + "].discount_pct";
    if (limit.discount_forbidden && line.discount_bp > 0)
      return core::Error::Validation(field, "no discount is allowed on product line " + line.product_line);
    // net ≥ floor × list, in integers: net × 10000 ≥ list × quantity × floor_bp.
    if (line.net_amount * 10000 < line.list_price * line.quantity * limit.price_floor_bp)
      return core::Error::Validation(field, "the price is below the floor of " +
                                                fmt::format("{:g}", Pct(limit.price_floor_bp)) + "% of list price");
    if (limit.director_above_amount)
      director_above = std::min(director_above.value_or(*limit.director_above_amount), *limit.director_above_amount);
    if (unlimited) continue;
    const int own = manager ? limit.manager_max_discount_bp : limit.rep_max_discount_bp;
    if (line.discount_bp <= own) continue;
    if (!manager) verdict.needs_manager = true;
    if (line.discount_bp > limit.manager_max_discount_bp) verdict.needs_director = true;
    over.push_back({{"line_no", line.line_no},
                    {"product_line", line.product_line},
                    {"discount_pct", Pct(line.discount_bp)},
                    {"limit_pct", Pct(own)},
                    {"manager_limit_pct", Pct(limit.manager_max_discount_bp)}});
  }
  const bool total_over = !unlimited && director_above && total > *director_above;
  if (total_over) {
    verdict.needs_director = true;
    if (!manager) verdict.needs_manager = true;  // the chain climbs: manager, then director
  }
  verdict.reason = {{"lines", std::move(over)},
                    {"total", total},
                    {"director_above_amount", director_above ? json::value(*director_above) : json::value(nullptr)},
                    {"total_over", total_over}};
  return verdict;
}

}  // namespace salient::org
