#include "crm/opportunity_service.hpp"

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
    "SELECT o.id, o.name, o.customer_id, c.name, o.owner_id, u.display_name, o.zone_id, o.amount, o.currency, o.stage, "
    "o.probability, o.expected_close_date, o.source, o.competitor, o.lost_reason, o.closed_at, o.version, o.created_at, "
    "o.updated_at FROM opportunities o JOIN customers c ON c.id = o.customer_id LEFT JOIN users u ON u.id = o.owner_id";

Opportunity FromRow(const store::Row& r) {
  Opportunity o;
  o.id = r.Int(0);
  o.name = r.Str(1);
  o.customer_id = r.Int(2);
  o.customer_name = r.Str(3);
  o.owner_id = r.OptInt(4);
  o.owner_name = r.Str(5);
  o.zone_id = r.OptInt(6);
  o.amount = r.Int(7);
  o.currency = r.Str(8);
  o.stage = r.Str(9);
  o.probability = static_cast<int>(r.Int(10));
  o.expected_close_date = r.Int(11);
  o.source = r.OptStr(12);
  o.competitor = r.OptStr(13);
  o.lost_reason = r.OptStr(14);
  o.closed_at = r.OptInt(15);
  o.version = static_cast<int>(r.Int(16));
  o.created_at = r.Int(17);
  o.updated_at = r.Int(18);
  return o;
}

std::optional<Opportunity> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("o.id = ?", {id}).And(store::ScopePredicate(actor.Scope("opportunity"), "o.owner_id", "o.zone_id"));
  auto r = tx.QueryOne(std::string(kSelect) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  return FromRow(*r);
}

std::optional<Stage> LoadStage(store::Tx& tx, const std::string& key) {
  auto r = tx.QueryOne("SELECT key, label_zh, label_en, outcome, probability, position FROM opportunity_stages WHERE key = ?",
                       {key});
  if (!r) return std::nullopt;
  return Stage{r->Str(0), r->Str(1), r->Str(2), r->Str(3), static_cast<int>(r->Int(4)), static_cast<int>(r->Int(5))};
}

json::value Snapshot(const Opportunity& o) {
  return {{"name", o.name}, {"stage", o.stage}, {"amount", o.amount}, {"probability", o.probability}};
}

void RecordStage(store::Tx& tx, const auth::Actor& actor, core::Id id, std::optional<std::string> from,
                 const std::string& to) {
  tx.Exec("INSERT INTO opportunity_stage_history (id, opportunity_id, from_stage, to_stage, actor_id, at) "
          "VALUES (?, ?, ?, ?, ?, ?)",
          {tx.NewId(), id, from, to, actor.acting_user(), tx.Now()});
}

}  // namespace

json::value StageToJson(const Stage& s) {
  return {{"key", s.key}, {"label_zh", s.label_zh}, {"label_en", s.label_en}, {"probability", s.probability},
          {"position", s.position}, {"outcome", s.outcome}};
}

json::value OpportunityToJson(const Opportunity& o) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); };
  json::object out{{"id", core::IdValue(o.id)},
                   {"name", o.name},
                   {"customer_id", core::IdValue(o.customer_id)},
                   {"customer_name", o.customer_name},
                   {"owner_id", core::OptionalIdValue(o.owner_id)},
                   {"owner_name", o.owner_id ? json::value(o.owner_name) : json::value(nullptr)},
                   {"zone_id", core::OptionalIdValue(o.zone_id)},
                   {"amount", o.amount},
                   {"currency", o.currency},
                   {"weighted_amount", o.amount * o.probability / 100},
                   {"stage", o.stage},
                   {"probability", o.probability},
                   {"expected_close_date", core::DateValue(o.expected_close_date)},
                   {"source", opt(o.source)},
                   {"competitor", opt(o.competitor)},
                   {"lost_reason", opt(o.lost_reason)},
                   {"closed_at", core::OptionalTimeValue(o.closed_at)},
                   {"version", o.version},
                   {"created_at", core::TimeValue(o.created_at)},
                   {"updated_at", core::TimeValue(o.updated_at)}};
  if (!o.history.empty()) {
    json::array history;
    for (const auto& h : o.history)
      history.push_back({{"from_stage", h.from_stage ? json::value(*h.from_stage) : json::value(nullptr)},
                         {"to_stage", h.to_stage},
                         {"actor_name", h.actor_name},
                         {"at", core::TimeValue(h.at)}});
    out["history"] = std::move(history);
  }
  return out;
}

core::Result<std::vector<Stage>> OpportunityService::Stages() {
  return db_.Read<std::vector<Stage>>([](store::Tx& tx) -> core::Result<std::vector<Stage>> {
    std::vector<Stage> stages;
    for (const auto& r : tx.Query("SELECT key, label_zh, label_en, outcome, probability, position FROM opportunity_stages "
                                  "ORDER BY position"))
      stages.push_back({r.Str(0), r.Str(1), r.Str(2), r.Str(3), static_cast<int>(r.Int(4)), static_cast<int>(r.Int(5))});
    return stages;
  });
}

core::Result<Opportunity> OpportunityService::Create(const auth::Actor& actor, const OpportunityInput& in) {
  if (auto s = actor.Require("opportunity", auth::Action::kCreate); !s.ok()) return s.error();
  if (!in.name || core::Trim(*in.name).empty()) return core::Error::Validation("name", "must not be empty");
  if (!in.customer_id) return core::Error::Validation("customer_id", "is required");
  if (in.amount && *in.amount < 0) return core::Error::Validation("amount", "must not be negative");
  if (!in.expected_close_date) return core::Error::Validation("expected_close_date", "is required");
  return db_.Write<Opportunity>([&](store::Tx& tx) -> core::Result<Opportunity> {
    auto customer = LoadVisibleCustomer(tx, actor, *in.customer_id);
    if (!customer) return core::Error::Validation("customer_id", "unknown customer");
    const std::string stage_key = in.stage.value_or("lead");
    auto stage = LoadStage(tx, stage_key);
    if (!stage) return core::Error::Validation("stage", "unknown stage " + stage_key);
    if (stage->outcome != "open") return core::Error::Validation("stage", "a new opportunity starts in an open stage");
    const int probability = in.probability.value_or(stage->probability);
    if (probability < 0 || probability > 100) return core::Error::Validation("probability", "must be 0 to 100");
    const core::Id id = tx.NewId();
    const core::Millis now = tx.Now();
    tx.Exec("INSERT INTO opportunities (id, name, customer_id, owner_id, zone_id, amount, currency, stage, probability, "
            "expected_close_date, source, competitor, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, 1, ?, ?)",
            {id, core::Trim(*in.name), customer->id, customer->owner_id, customer->zone_id, in.amount.value_or(0),
             customer->currency, stage_key, probability, *in.expected_close_date,
             in.source.value_or(std::nullopt), in.competitor.value_or(std::nullopt), now, now});
    RecordStage(tx, actor, id, std::nullopt, stage_key);
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"opportunity", id, "create", nullptr, Snapshot(*saved)});
    return *saved;
  });
}

core::Result<Opportunity> OpportunityService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("opportunity", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<Opportunity>([&](store::Tx& tx) -> core::Result<Opportunity> {
    auto o = LoadVisible(tx, actor, id);
    if (!o) return core::Error::NotFound("opportunity");
    for (const auto& r : tx.Query("SELECT h.from_stage, h.to_stage, COALESCE(u.display_name, 'system'), h.at FROM "
                                  "opportunity_stage_history h LEFT JOIN users u ON u.id = h.actor_id WHERE "
                                  "h.opportunity_id = ? ORDER BY h.at, h.id",
                                  {id}))
      o->history.push_back({r.OptStr(0), r.Str(1), r.Str(2), r.Int(3)});
    return *o;
  });
}

core::Result<core::Page<Opportunity>> OpportunityService::List(const auth::Actor& actor, const OpportunityQuery& q) {
  if (auto s = actor.Require("opportunity", auth::Action::kRead); !s.ok()) return s.error();
  static const std::map<std::string, std::string, std::less<>> kSort = {
      {"expected_close_date", "o.expected_close_date"}, {"amount", "o.amount"}, {"name", "o.name"},
      {"created_at", "o.created_at"}, {"probability", "o.probability"}};
  auto order = store::OrderBy(q.list.sort, kSort, "o.expected_close_date", "o.id");
  if (!order.ok()) return order.error();
  store::Where where;
  where.And(store::ScopePredicate(actor.Scope("opportunity"), "o.owner_id", "o.zone_id"));
  if (!q.list.q.empty()) {
    const std::string like = "%" + core::ToLower(q.list.q) + "%";
    where.And("LOWER(o.name) LIKE ? OR LOWER(c.name) LIKE ?", {like, like});
  }
  if (!q.stage.empty()) where.And("o.stage = ?", {q.stage});
  if (q.open_only) where.And("o.stage IN (SELECT key FROM opportunity_stages WHERE outcome = 'open')");
  if (q.customer_id) where.And("o.customer_id = ?", {*q.customer_id});
  if (q.owner_id) where.And("o.owner_id = ?", {*q.owner_id});
  if (q.zone_id) where.And("o.zone_id = ?", {*q.zone_id});
  return db_.Read<core::Page<Opportunity>>([&](store::Tx& tx) -> core::Result<core::Page<Opportunity>> {
    core::Page<Opportunity> page;
    page.total = tx.QueryOne("SELECT COUNT(*) FROM opportunities o JOIN customers c ON c.id = o.customer_id" + where.Sql(),
                             where.params())->Int(0);
    for (const auto& r : tx.Query(std::string(kSelect) + where.Sql() + order.value() + " LIMIT ? OFFSET ?",
                                  store::With(where.params(), {q.list.limit, q.list.offset})))
      page.items.push_back(FromRow(r));
    return page;
  });
}

core::Result<Opportunity> OpportunityService::Update(const auth::Actor& actor, core::Id id, const OpportunityInput& p) {
  if (auto s = actor.Require("opportunity", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Opportunity>([&](store::Tx& tx) -> core::Result<Opportunity> {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("opportunity");
    if (before->version != p.version)
      return core::Error::Stale("opportunity", before->version);
    Opportunity after = *before;
    if (p.name) after.name = core::Trim(*p.name);
    if (p.amount) after.amount = *p.amount;
    if (p.expected_close_date) after.expected_close_date = *p.expected_close_date;
    if (p.source) after.source = *p.source;
    if (p.competitor) after.competitor = *p.competitor;
    if (p.lost_reason) after.lost_reason = *p.lost_reason;
    if (p.customer_id && *p.customer_id != before->customer_id)
      return core::Error::Validation("customer_id", "an opportunity cannot move to another customer");
    std::optional<Stage> stage = LoadStage(tx, p.stage.value_or(before->stage));
    if (!stage) return core::Error::Validation("stage", "unknown stage " + *p.stage);
    const bool stage_changed = stage->key != before->stage;
    after.stage = stage->key;
    after.probability = p.probability ? *p.probability : stage_changed ? stage->probability : before->probability;
    if (after.name.empty()) return core::Error::Validation("name", "must not be empty");
    if (after.amount < 0) return core::Error::Validation("amount", "must not be negative");
    if (after.probability < 0 || after.probability > 100) return core::Error::Validation("probability", "must be 0 to 100");
    if (stage->outcome == "lost" && (!after.lost_reason || core::Trim(*after.lost_reason).empty()))
      return core::Error::Validation("lost_reason", "say why the deal was lost");
    after.closed_at = stage->outcome == "open" ? std::nullopt : std::optional<core::Millis>(before->closed_at.value_or(tx.Now()));
    tx.Exec("UPDATE opportunities SET name = ?, amount = ?, stage = ?, probability = ?, expected_close_date = ?, source = ?, "
            "competitor = ?, lost_reason = ?, closed_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            {after.name, after.amount, after.stage, after.probability, after.expected_close_date, after.source,
             after.competitor, after.lost_reason, after.closed_at, tx.Now(), id, before->version});
    if (stage_changed) RecordStage(tx, actor, id, before->stage, after.stage);
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"opportunity", id, "update", Snapshot(*before), Snapshot(*saved)},
                       stage_changed ? std::optional<std::string>("opportunity.stage_changed") : std::nullopt);
    return *saved;
  });
}

core::Status OpportunityService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("opportunity", auth::Action::kDelete); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("opportunity");
    if (tx.QueryOne("SELECT id FROM quotes WHERE opportunity_id = ? LIMIT 1", {id}))
      return core::Error::Conflict("the opportunity has quotes; mark it lost instead");
    tx.Exec("DELETE FROM opportunities WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"opportunity", id, "delete", Snapshot(*before), nullptr});
    return core::Ok{};
  });
}

}  // namespace salient::crm
