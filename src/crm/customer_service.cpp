#include "crm/customer_service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "auth/audit.hpp"
#include "core/text.hpp"
#include "store/sql_builder.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

const char* kSelect =
    "SELECT c.id, c.code, c.name, c.segment, c.industry, c.grade_computed, c.grade_override, c.grade_override_reason, "
    "c.owner_id, u.display_name AS owner_name, c.zone_id, z.name AS zone_name, c.territory, c.address, c.city, "
    "c.state, c.postal_code, c.country, c.latitude, c.longitude, c.currency, c.credit_limit, c.credit_used, "
    "c.revenue_12m, c.channel, c.tags, c.status, c.phone, c.email, c.last_visit_at, c.last_order_at, c.version, "
    "c.created_at, c.updated_at FROM customers c LEFT JOIN users u ON u.id = c.owner_id "
    "LEFT JOIN zones z ON z.id = c.zone_id";

std::vector<std::string> ParseTags(std::string_view text) {
  std::vector<std::string> tags;
  if (text == "[]") return tags;  // most customers: skip the parser
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (!ec && v.is_array())
    for (const auto& t : v.as_array())
      if (t.is_string()) tags.emplace_back(t.as_string());
  return tags;
}

std::string TagsJson(const std::vector<std::string>& tags) {
  json::array a;
  for (const auto& t : tags) a.emplace_back(t);
  return json::serialize(a);
}

// Text columns copied (Customer) or viewed in place (CustomerView).
template <typename Text>
Text TextAt(const store::RowView& r, std::size_t i) {
  if constexpr (std::is_same_v<Text, std::string_view>) return r.View(i);
  else return r.Str(i);
}
template <typename Text>
std::optional<Text> OptTextAt(const store::RowView& r, std::size_t i) {
  if constexpr (std::is_same_v<Text, std::string_view>) return r.OptView(i);
  else return r.OptStr(i);
}

template <typename Text>
BasicCustomer<Text> FromRow(const store::RowView& r) {
  BasicCustomer<Text> c;
  c.id = r.Int(0);
  c.code = TextAt<Text>(r, 1);
  c.name = TextAt<Text>(r, 2);
  c.segment = TextAt<Text>(r, 3);
  c.industry = OptTextAt<Text>(r, 4);
  c.grade_computed = TextAt<Text>(r, 5);
  c.grade_override = OptTextAt<Text>(r, 6);
  c.grade_override_reason = OptTextAt<Text>(r, 7);
  c.owner_id = r.OptInt(8);
  c.owner_name = TextAt<Text>(r, 9);
  c.zone_id = r.OptInt(10);
  c.zone_name = TextAt<Text>(r, 11);
  c.territory = OptTextAt<Text>(r, 12);
  c.address = OptTextAt<Text>(r, 13);
  c.city = OptTextAt<Text>(r, 14);
  c.state = OptTextAt<Text>(r, 15);
  c.postal_code = OptTextAt<Text>(r, 16);
  c.country = OptTextAt<Text>(r, 17);
  c.latitude = r.OptDouble(18);
  c.longitude = r.OptDouble(19);
  c.currency = TextAt<Text>(r, 20);
  c.credit_limit = r.Int(21);
  c.credit_used = r.Int(22);
  c.revenue_12m = r.Int(23);
  c.channel = TextAt<Text>(r, 24);
  c.tags = ParseTags(r.View(25));
  c.status = TextAt<Text>(r, 26);
  c.phone = OptTextAt<Text>(r, 27);
  c.email = OptTextAt<Text>(r, 28);
  c.last_visit_at = r.OptInt(29);
  c.last_order_at = r.OptInt(30);
  c.version = static_cast<int>(r.Int(31));
  c.created_at = r.Int(32);
  c.updated_at = r.Int(33);
  return c;
}

std::optional<Customer> Load(store::Tx& tx, core::Id id) {
  auto r = tx.QueryOne(std::string(kSelect) + " WHERE c.id = ?", {id});
  if (!r) return std::nullopt;
  return FromRow<std::string>(*r);
}

template <typename T>
void Apply(std::optional<T>& target, const std::optional<std::optional<T>>& patch) {
  if (patch) target = *patch;
}

// Applies `input` onto `c` (create or update) and validates the result.
core::Status Merge(store::Tx& tx, const CustomerInput& in, Customer& c) {
  if (in.name) c.name = core::Trim(*in.name);
  if (in.code) c.code = core::Trim(*in.code);
  if (in.segment) c.segment = core::Trim(*in.segment);
  if (in.channel) c.channel = *in.channel;
  if (in.status) c.status = *in.status;
  if (in.credit_limit) c.credit_limit = *in.credit_limit;
  if (in.tags) c.tags = *in.tags;
  Apply(c.industry, in.industry);
  Apply(c.territory, in.territory);
  Apply(c.address, in.address);
  Apply(c.city, in.city);
  Apply(c.state, in.state);
  Apply(c.postal_code, in.postal_code);
  Apply(c.country, in.country);
  Apply(c.phone, in.phone);
  Apply(c.email, in.email);
  Apply(c.latitude, in.latitude);
  Apply(c.longitude, in.longitude);
  Apply(c.owner_id, in.owner_id);
  Apply(c.zone_id, in.zone_id);

  if (c.name.empty()) return core::Error::Validation("name", "must not be empty");
  if (core::Utf8Length(c.name) > 128) return core::Error::Validation("name", "must be at most 128 characters");
  if (c.segment.empty()) return core::Error::Validation("segment", "must not be empty");
  if (!IsChannel(c.channel)) return core::Error::Validation("channel", "must be direct, store, distributor or online");
  if (!IsCustomerStatus(c.status)) return core::Error::Validation("status", "must be lead, active, dormant or lost");
  if (c.credit_limit < 0) return core::Error::Validation("credit_limit", "must not be negative");
  if (c.email && !core::IsEmailAddress(*c.email)) return core::Error::Validation("email", "is not an email address");
  if (c.phone && !core::IsPhoneNumber(*c.phone)) return core::Error::Validation("phone", "is not a phone number");
  if (c.latitude && (*c.latitude < -90 || *c.latitude > 90)) return core::Error::Validation("latitude", "must be within ±90");
  if (c.longitude && (*c.longitude < -180 || *c.longitude > 180))
    return core::Error::Validation("longitude", "must be within ±180");
  if (c.tags.size() > 20) return core::Error::Validation("tags", "at most 20 tags");
  if (c.owner_id) {
    auto owner = tx.QueryOne("SELECT zone_id, active FROM users WHERE id = ?", {*c.owner_id});
    if (!owner || !owner->Bool(1)) return core::Error::Validation("owner_id", "unknown or inactive user");
    if (!c.zone_id) c.zone_id = owner->OptInt(0);  // a customer sits in its owner's zone by default
  }
  if (c.zone_id && !tx.QueryOne("SELECT id FROM zones WHERE id = ?", {*c.zone_id}))
    return core::Error::Validation("zone_id", "unknown zone");
  if (c.code.empty() || c.code.size() > 32) return core::Error::Validation("code", "must be 1-32 characters");
  return core::Ok{};
}

// A record may only be placed where its author could see it: a rep cannot hand a
// customer to someone else, a manager cannot move one out of their zones.
bool WithinScope(const store::RecordScope& scope, const Customer& c) {
  switch (scope.kind) {
    case store::ScopeKind::kAll: return true;
    case store::ScopeKind::kNone: return false;
    case store::ScopeKind::kOwn: return c.owner_id == scope.user_id;
    case store::ScopeKind::kZone:
    case store::ScopeKind::kSubtree:
      return c.owner_id == scope.user_id ||
             (c.zone_id && std::find(scope.zone_ids.begin(), scope.zone_ids.end(), *c.zone_id) != scope.zone_ids.end());
  }
  return false;
}

json::value Snapshot(const Customer& c) { return CustomerToJson(c, auth::Actor::System()); }

}  // namespace

std::optional<Customer> LoadVisibleCustomer(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("c.id = ?", {id}).And(store::ScopePredicate(actor.Scope("customer"), "c.owner_id", "c.zone_id"));
  auto r = tx.QueryOne(std::string(kSelect) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  return FromRow<std::string>(*r);
}

core::Result<Customer> CustomerService::Create(const auth::Actor& actor, const CustomerInput& input) {
  if (auto s = actor.Require("customer", auth::Action::kCreate); !s.ok()) return s.error();
  return db_.Write<Customer>([&](store::Tx& tx) -> core::Result<Customer> {
    Customer c;
    c.id = tx.NewId();
    c.code = "C" + std::to_string(c.id % 100000000);
    if (!input.owner_id && actor.user_id) c.owner_id = actor.user_id;
    if (auto s = Merge(tx, input, c); !s.ok()) return s.error();
    if (!WithinScope(actor.Scope("customer"), c))
      return core::Error::Validation("owner_id", "you may only create customers you can see (yours or your zone's)");
    if (tx.QueryOne("SELECT id FROM customers WHERE code = ?", {c.code}))
      return core::Error{core::ErrorCode::kConflict, "customer code already used", {{"code", "already used"}}};
    const core::Millis now = tx.Now();
    tx.Exec("INSERT INTO customers (id, code, name, segment, industry, owner_id, zone_id, territory, address, city, "
            "state, postal_code, country, latitude, longitude, currency, credit_limit, channel, tags, status, phone, "
            "email, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, 1, ?, ?)",
            {c.id, c.code, c.name, c.segment, c.industry, c.owner_id, c.zone_id, c.territory, c.address, c.city,
             c.state, c.postal_code, c.country, c.latitude, c.longitude, c.currency, c.credit_limit, c.channel,
             TagsJson(c.tags), c.status, c.phone, c.email, now, now});
    Customer saved = *Load(tx, c.id);
    auth::RecordChange(tx, actor, {"customer", c.id, "create", nullptr, Snapshot(saved)});
    return saved;
  });
}

core::Result<Customer> CustomerService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("customer", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<Customer>([&](store::Tx& tx) -> core::Result<Customer> {
    auto c = LoadVisibleCustomer(tx, actor, id);
    if (!c) return core::Error::NotFound("customer");
    return *c;
  });
}

core::Result<core::Page<Customer>> CustomerService::List(const auth::Actor& actor, const CustomerQuery& q) {
  core::Page<Customer> page;
  page.items.reserve(static_cast<std::size_t>(q.list.limit));
  auto info = ListRows(actor, q, [&](const store::RowView& r) { page.items.push_back(FromRow<std::string>(r)); });
  if (!info.ok()) return info.error();
  static_cast<core::PageInfo&>(page) = std::move(info).value();
  return page;
}

core::Result<core::PageInfo> CustomerService::ListEach(const auth::Actor& actor, const CustomerQuery& q,
                                                       const std::function<void(const CustomerView&)>& each) {
  return ListRows(actor, q, [&](const store::RowView& r) { each(FromRow<std::string_view>(r)); });
}

core::Result<core::PageInfo> CustomerService::ListRows(const auth::Actor& actor, const CustomerQuery& q,
                                                       const std::function<void(const store::RowView&)>& each) {
  if (auto s = actor.Require("customer", auth::Action::kRead); !s.ok()) return s.error();
  static const std::map<std::string, std::string, std::less<>> kSort = {
      {"name", "c.name"},           {"code", "c.code"},
      {"grade", "COALESCE(c.grade_override, c.grade_computed)"},
      {"revenue_12m", "c.revenue_12m"}, {"last_order_at", "c.last_order_at"},
      {"created_at", "c.created_at"}, {"credit_used", "c.credit_used"}};
  auto order = store::OrderBy(q.list.sort, kSort, "c.name", "c.id");
  if (!order.ok()) return order.error();
  store::Where where;
  where.And(store::ScopePredicate(actor.Scope("customer"), "c.owner_id", "c.zone_id"));
  if (!q.list.q.empty()) where.And(store::NameSearch(db_.dialect(), "customer_search", "c", q.list.q));
  if (!q.status.empty()) where.And("c.status = ?", {q.status});
  if (!q.grade.empty()) where.And("COALESCE(c.grade_override, c.grade_computed) = ?", {q.grade});
  if (!q.segment.empty()) where.And("c.segment = ?", {q.segment});
  if (!q.channel.empty()) where.And("c.channel = ?", {q.channel});
  if (!q.territory.empty()) where.And("c.territory = ?", {q.territory});
  if (q.zone_id) where.And("c.zone_id = ?", {*q.zone_id});
  if (q.owner_id) where.And("c.owner_id = ?", {*q.owner_id});
  return db_.Read<core::PageInfo>([&](store::Tx& tx) -> core::Result<core::PageInfo> {
    core::PageInfo info;
    info.total = tx.QueryOne("SELECT COUNT(*) FROM customers c" + where.Sql(), where.params())->Int(0);
    tx.ForEachRow(std::string(kSelect) + where.Sql() + order.value() + " LIMIT ? OFFSET ?",
                  store::With(where.params(), {q.list.limit, q.list.offset}), each);
    return info;
  });
}

core::Result<Customer> CustomerService::Update(const auth::Actor& actor, core::Id id, const CustomerInput& patch) {
  if (auto s = actor.Require("customer", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Customer>([&](store::Tx& tx) -> core::Result<Customer> {
    auto before = LoadVisibleCustomer(tx, actor, id);
    if (!before) return core::Error::NotFound("customer");
    if (before->version != patch.version)
      return core::Error::Stale("customer", before->version);
    Customer after = *before;
    // Moving the owner without a zone puts the customer in the new owner's zone.
    if (patch.owner_id && !patch.zone_id) after.zone_id.reset();
    if (auto s = Merge(tx, patch, after); !s.ok()) return s.error();
    if (!WithinScope(actor.Scope("customer"), after))
      return core::Error::Validation("owner_id", "the customer would leave your scope");
    if (after.code != before->code && tx.QueryOne("SELECT id FROM customers WHERE code = ? AND id <> ?", {after.code, id}))
      return core::Error{core::ErrorCode::kConflict, "customer code already used", {{"code", "already used"}}};
    tx.Exec("UPDATE customers SET code = ?, name = ?, segment = ?, industry = ?, owner_id = ?, zone_id = ?, "
            "territory = ?, address = ?, city = ?, state = ?, postal_code = ?, country = ?, latitude = ?, "
            "longitude = ?, credit_limit = ?, channel = ?, tags = ?, status = ?, phone = ?, email = ?, "
            "version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            {after.code, after.name, after.segment, after.industry, after.owner_id, after.zone_id, after.territory,
             after.address, after.city, after.state, after.postal_code, after.country, after.latitude,
             after.longitude, after.credit_limit, after.channel, TagsJson(after.tags), after.status, after.phone,
             after.email, tx.Now(), id, before->version});
    if (after.owner_id != before->owner_id || after.zone_id != before->zone_id) {
      // Records linked to the customer follow it, so scopes stay consistent.
      for (const char* table : {"orders", "opportunities", "quotes"})
        tx.Exec(std::string("UPDATE ") + table + " SET owner_id = ?, zone_id = ? WHERE customer_id = ?",
                {after.owner_id, after.zone_id, id});
      tx.Exec("UPDATE visits SET zone_id = ? WHERE customer_id = ?", {after.zone_id, id});
    }
    Customer saved = *Load(tx, id);
    auth::RecordChange(tx, actor, {"customer", id, "update", Snapshot(*before), Snapshot(saved)});
    return saved;
  });
}

core::Status CustomerService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("customer", auth::Action::kDelete); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = LoadVisibleCustomer(tx, actor, id);
    if (!before) return core::Error::NotFound("customer");
    if (tx.QueryOne("SELECT id FROM orders WHERE customer_id = ? LIMIT 1", {id}))
      return core::Error::Conflict("the customer has orders; set its status to lost instead");
    tx.Exec("DELETE FROM customers WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"customer", id, "delete", Snapshot(*before), nullptr});
    return core::Ok{};
  });
}

core::Result<Customer> CustomerService::OverrideGrade(const auth::Actor& actor, core::Id id,
                                                      std::optional<std::string> grade, const std::string& reason) {
  if (auto s = actor.Require("customer", auth::Action::kApprove); !s.ok()) return s.error();
  if (grade && !IsGrade(*grade)) return core::Error::Validation("grade", "must be A, B or C");
  if (grade && core::Trim(reason).empty()) return core::Error::Validation("reason", "say why the grade is overridden");
  return db_.Write<Customer>([&](store::Tx& tx) -> core::Result<Customer> {
    auto before = LoadVisibleCustomer(tx, actor, id);
    if (!before) return core::Error::NotFound("customer");
    tx.Exec("UPDATE customers SET grade_override = ?, grade_override_reason = ?, version = version + 1, "
            "updated_at = ? WHERE id = ?",
            {grade, grade ? std::optional<std::string>(core::Trim(reason)) : std::nullopt, tx.Now(), id});
    Customer saved = *Load(tx, id);
    auth::RecordChange(tx, actor, {"customer", id, "grade_override", Snapshot(*before), Snapshot(saved)});
    return saved;
  });
}

core::Result<std::vector<TimelineEntry>> CustomerService::Timeline(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("customer", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<std::vector<TimelineEntry>>([&](store::Tx& tx) -> core::Result<std::vector<TimelineEntry>> {
    if (!LoadVisibleCustomer(tx, actor, id)) return core::Error::NotFound("customer");
    std::vector<TimelineEntry> entries;
    if (actor.Can("visit", auth::Action::kRead))
      for (const auto& r : tx.Query("SELECT id, COALESCE(actual_at, planned_at), purpose, status FROM visits WHERE "
                                    "customer_id = ? ORDER BY planned_at DESC LIMIT 100",
                                    {id}))
        entries.push_back({"visit", r.Int(0), r.Int(1), r.Str(2), r.Str(3), std::nullopt, ""});
    if (actor.Can("opportunity", auth::Action::kRead))
      for (const auto& r : tx.Query("SELECT id, created_at, name, stage, amount, currency FROM opportunities WHERE "
                                    "customer_id = ? ORDER BY created_at DESC LIMIT 100",
                                    {id}))
        entries.push_back({"opportunity", r.Int(0), r.Int(1), r.Str(2), r.Str(3), r.Int(4), r.Str(5)});
    if (actor.Can("quote", auth::Action::kRead))
      for (const auto& r : tx.Query("SELECT id, created_at, number, status, total, currency FROM quotes WHERE "
                                    "customer_id = ? ORDER BY created_at DESC LIMIT 100",
                                    {id}))
        entries.push_back({"quote", r.Int(0), r.Int(1), r.Str(2), r.Str(3), r.Int(4), r.Str(5)});
    if (actor.Can("order", auth::Action::kRead)) {
      for (const auto& r : tx.Query("SELECT id, order_date, number, status, total, currency FROM orders "
                                    "WHERE customer_id = ? ORDER BY order_date DESC LIMIT 200",
                                    {id}))
        entries.push_back({"order", r.Int(0), r.Int(1), r.Str(2), r.Str(3), r.Int(4), r.Str(5)});
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.at > b.at; });
    return entries;
  });
}

void RecomputeCustomerStats(store::Tx& tx) {
  const core::Millis since = tx.Now() - 365LL * 24 * 3600 * 1000;
  tx.Exec("UPDATE customers SET revenue_12m = COALESCE((SELECT SUM(o.total) FROM orders o WHERE o.customer_id = "
          "customers.id AND o.status <> 'cancelled' AND o.order_date >= ?), 0), last_order_at = (SELECT "
          "MAX(o.order_date) FROM orders o WHERE o.customer_id = customers.id AND o.status <> 'cancelled')",
          {since});
  // ABC by rank: fetch ids ordered by revenue and grade them by position.
  const auto rows = tx.Query("SELECT id, revenue_12m FROM customers ORDER BY revenue_12m DESC, id");
  const std::size_t n = rows.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char* grade = rows[i].Int(1) <= 0 ? "C" : i < n * 2 / 10 ? "A" : i < n / 2 ? "B" : "C";
    tx.Exec("UPDATE customers SET grade_computed = ? WHERE id = ? AND grade_computed <> ?", {grade, rows[i].Int(0), grade});
  }
}

}  // namespace salient::crm
