#include "crm/visit_service.hpp"

#include <boost/json.hpp>

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "crm/customer_service.hpp"
#include "store/sql_builder.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

const char* kSelect =
    "SELECT v.id, v.customer_id, c.name, v.owner_id, u.display_name, v.zone_id, v.status, v.planned_at, v.actual_at, "
    "v.checkin_latitude, v.checkin_longitude, v.purpose, v.outcome, v.next_step, v.follow_up_date, v.version "
    "FROM visits v JOIN customers c ON c.id = v.customer_id LEFT JOIN users u ON u.id = v.owner_id";

Visit FromRow(const store::Row& r) {
  return {r.Int(0),       r.Int(1),        r.Str(2),        r.OptInt(3),     r.OptInt(5),
          r.Str(4),       r.Str(6),        r.Int(7),        r.OptInt(8),     r.OptDouble(9),
          r.OptDouble(10), r.Str(11),     r.OptStr(12),    r.OptStr(13),    r.OptInt(14),
          static_cast<int>(r.Int(15))};
}

std::optional<Visit> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("v.id = ?", {id}).And(store::ScopePredicate(actor.Scope("visit"), "v.owner_id", "v.zone_id"));
  auto r = tx.QueryOne(std::string(kSelect) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  return FromRow(*r);
}

json::value Snapshot(const Visit& v) {
  return {{"status", v.status}, {"purpose", v.purpose}, {"planned_at", core::TimeValue(v.planned_at)}};
}

}  // namespace

json::value VisitToJson(const Visit& v) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); };
  auto optd = [](const std::optional<double>& d) { return d ? json::value(*d) : json::value(nullptr); };
  return {{"id", core::IdValue(v.id)},
          {"customer_id", core::IdValue(v.customer_id)},
          {"customer_name", v.customer_name},
          {"owner_id", core::OptionalIdValue(v.owner_id)},
          {"owner_name", v.owner_id ? json::value(v.owner_name) : json::value(nullptr)},
          {"zone_id", core::OptionalIdValue(v.zone_id)},
          {"status", v.status},
          {"planned_at", core::TimeValue(v.planned_at)},
          {"actual_at", core::OptionalTimeValue(v.actual_at)},
          {"checkin_latitude", optd(v.checkin_latitude)},
          {"checkin_longitude", optd(v.checkin_longitude)},
          {"purpose", v.purpose},
          {"outcome", opt(v.outcome)},
          {"next_step", opt(v.next_step)},
          {"follow_up_date", core::OptionalDateValue(v.follow_up_date)},
          {"version", v.version}};
}

core::Result<Visit> VisitService::Create(const auth::Actor& actor, const VisitInput& in) {
  if (auto s = actor.Require("visit", auth::Action::kCreate); !s.ok()) return s.error();
  if (!in.customer_id) return core::Error::Validation("customer_id", "is required");
  if (!in.planned_at) return core::Error::Validation("planned_at", "is required");
  if (!in.purpose || core::Trim(*in.purpose).empty()) return core::Error::Validation("purpose", "must not be empty");
  return db_.Write<Visit>([&](store::Tx& tx) -> core::Result<Visit> {
    auto customer = LoadVisibleCustomer(tx, actor, *in.customer_id);
    if (!customer) return core::Error::Validation("customer_id", "unknown customer");
    const core::Id id = tx.NewId();
    // The visit is the visitor's: a rep logging a visit owns it; others visit on the owner's behalf.
    const std::optional<core::Id> owner = actor.Scope("visit").kind == store::ScopeKind::kOwn
                                              ? std::optional<core::Id>(actor.user_id) : customer->owner_id;
    tx.Exec("INSERT INTO visits (id, customer_id, owner_id, zone_id, status, planned_at, purpose, next_step, "
            "follow_up_date, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'planned', ?, ?, ?, ?, 1, ?, ?)",
            {id, customer->id, owner, customer->zone_id, *in.planned_at, core::Trim(*in.purpose),
             in.next_step.value_or(std::nullopt), in.follow_up_date.value_or(std::nullopt), tx.Now(), tx.Now()});
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"visit", id, "create", nullptr, Snapshot(*saved)});
    return *saved;
  });
}

core::Result<Visit> VisitService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("visit", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<Visit>([&](store::Tx& tx) -> core::Result<Visit> {
    auto v = LoadVisible(tx, actor, id);
    if (!v) return core::Error::NotFound("visit");
    return *v;
  });
}

core::Result<core::Page<Visit>> VisitService::List(const auth::Actor& actor, const VisitQuery& q) {
  if (auto s = actor.Require("visit", auth::Action::kRead); !s.ok()) return s.error();
  static const std::map<std::string, std::string, std::less<>> kSort = {{"planned_at", "v.planned_at"},
                                                                        {"actual_at", "v.actual_at"}};
  auto order = store::OrderBy(q.list.sort.empty() ? "-planned_at" : q.list.sort, kSort, "v.planned_at DESC", "v.id");
  if (!order.ok()) return order.error();
  store::Where where;
  where.And(store::ScopePredicate(actor.Scope("visit"), "v.owner_id", "v.zone_id"));
  if (!q.list.q.empty()) {
    const std::string like = "%" + core::ToLower(q.list.q) + "%";
    where.And("LOWER(c.name) LIKE ? OR LOWER(v.purpose) LIKE ?", {like, like});
  }
  if (!q.status.empty()) where.And("v.status = ?", {q.status});
  if (q.customer_id) where.And("v.customer_id = ?", {*q.customer_id});
  if (q.owner_id) where.And("v.owner_id = ?", {*q.owner_id});
  if (q.from) where.And("v.planned_at >= ?", {*q.from});
  if (q.to) where.And("v.planned_at < ?", {*q.to});
  return db_.Read<core::Page<Visit>>([&](store::Tx& tx) -> core::Result<core::Page<Visit>> {
    core::Page<Visit> page;
    page.total = tx.QueryOne("SELECT COUNT(*) FROM visits v JOIN customers c ON c.id = v.customer_id" + where.Sql(),
                             where.params())->Int(0);
    for (const auto& r : tx.Query(std::string(kSelect) + where.Sql() + order.value() + " LIMIT ? OFFSET ?",
                                  store::With(where.params(), {q.list.limit, q.list.offset})))
      page.items.push_back(FromRow(r));
    return page;
  });
}

core::Result<Visit> VisitService::Update(const auth::Actor& actor, core::Id id, const VisitInput& p) {
  if (auto s = actor.Require("visit", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Visit>([&](store::Tx& tx) -> core::Result<Visit> {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("visit");
    if (before->version != p.version)
      return core::Error::Stale("visit", before->version);
    Visit after = *before;
    if (p.planned_at) after.planned_at = *p.planned_at;
    if (p.purpose) after.purpose = core::Trim(*p.purpose);
    if (p.outcome) after.outcome = *p.outcome;
    if (p.next_step) after.next_step = *p.next_step;
    if (p.follow_up_date) after.follow_up_date = *p.follow_up_date;
    if (p.status) {
      if (*p.status != "planned" && *p.status != "cancelled")
        return core::Error::Validation("status", "use check-in to complete a visit; status may be planned or cancelled");
      if (before->status == "done") return core::Error::Conflict("a completed visit cannot be reopened or cancelled");
      after.status = *p.status;
    }
    if (after.purpose.empty()) return core::Error::Validation("purpose", "must not be empty");
    tx.Exec("UPDATE visits SET planned_at = ?, purpose = ?, outcome = ?, next_step = ?, follow_up_date = ?, status = ?, "
            "version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            {after.planned_at, after.purpose, after.outcome, after.next_step, after.follow_up_date, after.status,
             tx.Now(), id, before->version});
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"visit", id, "update", Snapshot(*before), Snapshot(*saved)});
    return *saved;
  });
}

core::Result<Visit> VisitService::CheckInAt(const auth::Actor& actor, core::Id id, const CheckIn& c) {
  if (auto s = actor.Require("visit", auth::Action::kUpdate); !s.ok()) return s.error();
  if (c.latitude < -90 || c.latitude > 90) return core::Error::Validation("latitude", "must be within ±90");
  if (c.longitude < -180 || c.longitude > 180) return core::Error::Validation("longitude", "must be within ±180");
  return db_.Write<Visit>([&](store::Tx& tx) -> core::Result<Visit> {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("visit");
    if (before->status != "planned")
      return core::Error{core::ErrorCode::kConflict, "only a planned visit can be checked in",
                         {{"status", "is " + before->status}}};
    const core::Millis now = tx.Now();
    if (tx.Exec("UPDATE visits SET status = 'done', actual_at = ?, checkin_latitude = ?, checkin_longitude = ?, "
                "outcome = COALESCE(?, outcome), next_step = COALESCE(?, next_step), follow_up_date = COALESCE(?, "
                "follow_up_date), version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                {now, c.latitude, c.longitude, c.outcome, c.next_step, c.follow_up_date, now, id, c.version}) != 1)
      return core::Error::Stale("visit", before->version);
    tx.Exec("UPDATE customers SET last_visit_at = ? WHERE id = ? AND (last_visit_at IS NULL OR last_visit_at < ?)",
            {now, before->customer_id, now});
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"visit", id, "check_in", Snapshot(*before), Snapshot(*saved)}, "visit.checked_in");
    return *saved;
  });
}

core::Status VisitService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("visit", auth::Action::kDelete); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("visit");
    tx.Exec("DELETE FROM visits WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"visit", id, "delete", Snapshot(*before), nullptr});
    return core::Ok{};
  });
}

}  // namespace salient::crm
