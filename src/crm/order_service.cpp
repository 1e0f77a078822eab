#include "crm/order_service.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <map>

#include "auth/audit.hpp"
#include "auth/secrets.hpp"
#include "core/json.hpp"
#include "core/record_json.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "crm/customer_service.hpp"
#include "crm/product_service.hpp"
#include "store/sql_builder.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

const char* kSelect =
    "SELECT o.id, o.number, o.customer_id, c.name, o.owner_id, u.display_name, o.zone_id, z.name, o.channel, "
    "o.status, o.order_date, o.ship_date, o.ship_mode, o.currency, o.subtotal, o.discount_total, o.total, "
    "o.line_count, o.version, o.created_at, o.updated_at FROM orders o JOIN customers c ON c.id = o.customer_id "
    "LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN zones z ON z.id = o.zone_id";

Order FromRow(const store::Row& r) {
  Order o;
  o.id = r.Int(0);
  o.number = r.Str(1);
  o.customer_id = r.Int(2);
  o.customer_name = r.Str(3);
  o.owner_id = r.OptInt(4);
  o.owner_name = r.Str(5);
  o.zone_id = r.OptInt(6);
  o.zone_name = r.Str(7);
  o.channel = r.Str(8);
  o.status = r.Str(9);
  o.order_date = r.Int(10);
  o.ship_date = r.OptInt(11);
  o.ship_mode = r.OptStr(12);
  o.currency = r.Str(13);
  o.subtotal = r.Int(14);
  o.discount_total = r.Int(15);
  o.total = r.Int(16);
  o.line_count = static_cast<int>(r.Int(17));
  o.version = static_cast<int>(r.Int(18));
  o.created_at = r.Int(19);
  o.updated_at = r.Int(20);
  return o;
}

std::optional<Order> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("o.id = ?", {id}).And(store::ScopePredicate(actor.Scope("order"), "o.owner_id", "o.zone_id"));
  auto r = tx.QueryOne(std::string(kSelect) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  return FromRow(*r);
}

void LoadDetails(store::Tx& tx, Order& o) {
  for (const auto& r : tx.Query("SELECT l.line_no, l.product_id, p.code, p.name, l.quantity, l.list_price, "
                                "l.discount_bp, l.net_amount FROM order_lines l JOIN products p ON p.id = l.product_id "
                                "WHERE l.order_id = ? ORDER BY l.line_no",
                                {o.id}))
    o.lines.push_back({static_cast<int>(r.Int(0)), r.Int(1), r.Str(2), r.Str(3), static_cast<int>(r.Int(4)), r.Int(5),
                       static_cast<int>(r.Int(6)), r.Int(7)});
  for (const auto& r : tx.Query("SELECT e.from_status, e.to_status, COALESCE(u.display_name, 'system'), e.note, e.at "
                                "FROM order_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.order_id = ? "
                                "ORDER BY e.at, e.id",
                                {o.id}))
    o.timeline.push_back({r.OptStr(0), r.Str(1), r.Str(2), r.OptStr(3), r.Int(4)});
}

// Order numbers read like SO-20261127-004217; the suffix comes from the id, so two
// nodes never race for the same number.
std::string OrderNumber(core::Id id, core::Millis at) {
  const std::string day = core::FormatIso(at).substr(0, 10);
  std::string digits = std::to_string(id % 1000000);
  while (digits.size() < 6) digits = "0" + digits;
  return "SO-" + day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2) + "-" + digits;
}

json::value Snapshot(const Order& o) {
  return {{"number", o.number}, {"status", o.status}, {"total", o.total}, {"version", o.version}};
}

}  // namespace

namespace {

void WriteOrderHead(core::RecordFields& f, const Order& o) {
  f.Id("id", o.id);
  f.Text("number", o.number);
  f.Id("customer_id", o.customer_id);
  f.Text("customer_name", o.customer_name);
  f.Id("owner_id", o.owner_id);
  o.owner_id ? f.Text("owner_name", o.owner_name) : f.Null("owner_name");
  f.Id("zone_id", o.zone_id);
  o.zone_id ? f.Text("zone_name", o.zone_name) : f.Null("zone_name");
  f.Text("channel", o.channel);
  f.Text("status", o.status);
  f.Time("order_date", o.order_date);
  f.Time("ship_date", o.ship_date);
  f.Text("ship_mode", o.ship_mode);
  f.Text("currency", o.currency);
  f.Int("subtotal", o.subtotal);
  f.Int("discount_total", o.discount_total);
  f.Int("total", o.total);
  f.Int("line_count", o.line_count);
  f.Int("version", o.version);
  f.Time("created_at", o.created_at);
  f.Time("updated_at", o.updated_at);
}

}  // namespace

void AppendOrderJson(std::string& out, const Order& o) {
  core::TextFields fields(out, nullptr);
  WriteOrderHead(fields, o);
}

json::value OrderToJson(const Order& o) {
  core::ObjectFields fields(nullptr);
  WriteOrderHead(fields, o);
  json::object out = fields.Take();
  if (!o.lines.empty()) {
    json::array lines;
    for (const auto& l : o.lines)
      lines.push_back({{"line_no", l.line_no},
                       {"product_id", core::IdValue(l.product_id)},
                       {"product_code", l.product_code},
                       {"product_name", l.product_name},
                       {"quantity", l.quantity},
                       {"list_price", l.list_price},
                       {"discount_pct", l.discount_bp / 100.0},
                       {"net_amount", l.net_amount}});
    out["lines"] = std::move(lines);
  }
  if (!o.timeline.empty()) {
    json::array timeline;
    for (const auto& e : o.timeline)
      timeline.push_back({{"from_status", e.from_status ? json::value(*e.from_status) : json::value(nullptr)},
                          {"to_status", e.to_status},
                          {"actor_name", e.actor_name},
                          {"note", e.note ? json::value(*e.note) : json::value(nullptr)},
                          {"at", core::TimeValue(e.at)}});
    out["timeline"] = std::move(timeline);
  }
  return out;
}

bool IsOrderStatus(std::string_view s) {
  for (const char* known : {"created", "credit_check", "confirmed", "picking", "shipped", "delivered", "closed", "cancelled"})
    if (s == known) return true;
  return false;
}

bool CanTransition(std::string_view from, std::string_view to) {
  static const std::map<std::string_view, std::vector<std::string_view>> kNext = {
      {"created", {"credit_check", "confirmed", "cancelled"}},
      {"credit_check", {"confirmed", "cancelled"}},
      {"confirmed", {"picking", "cancelled"}},
      {"picking", {"shipped", "cancelled"}},
      {"shipped", {"delivered"}},
      {"delivered", {"closed"}},
  };
  auto it = kNext.find(from);
  return it != kNext.end() && std::find(it->second.begin(), it->second.end(), to) != it->second.end();
}

// Who may make a move: the lifecycle crosses departments. Sales may ask for the credit
// check and cancel; confirming after the check and closing paid orders need `approve` on
// order (finance, managers); picking is the warehouse's (`stock`), shipping and delivery
// logistics' (`shipment`).
static core::Status MayMove(const auth::Actor& actor, std::string_view to) {
  if (to == "confirmed" || to == "closed") return actor.Require("order", auth::Action::kApprove);
  if (to == "picking") return actor.Require("stock", auth::Action::kUpdate);
  if (to == "shipped" || to == "delivered") return actor.Require("shipment", auth::Action::kUpdate);
  return core::Ok{};
}

bool HoldsCredit(std::string_view status) { return status != "closed" && status != "cancelled"; }

InsertedOrder InsertOrder(store::Tx& tx, const OrderDraft& d, std::optional<core::Id> actor_id) {
  const core::Id id = tx.NewId();
  core::MinorUnits subtotal = 0, total = 0, cost = 0;
  std::vector<core::MinorUnits> nets;
  for (const auto& l : d.lines) {
    const core::MinorUnits gross = l.list_price * l.quantity;
    const core::MinorUnits net = l.net_amount ? *l.net_amount : core::ApplyDiscount(gross, l.discount_bp);
    nets.push_back(net);
    subtotal += gross;
    total += net;
    cost += l.cost_price * l.quantity;
  }
  const core::Millis now = tx.Now();
  tx.Exec("INSERT INTO orders (id, number, customer_id, owner_id, zone_id, channel, status, order_date, ship_date, "
          "ship_mode, currency, subtotal, discount_total, total, cost_total, line_count, version, created_at, "
          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
          {id, d.number.empty() ? OrderNumber(id, d.order_date) : d.number, d.customer_id, d.owner_id, d.zone_id,
           d.channel, d.status, d.order_date, d.ship_date, d.ship_mode, d.currency, subtotal, subtotal - total, total,
           cost, static_cast<int>(d.lines.size()), now, now});
  // All lines in one statement: imports write millions of them.
  std::string sql = "INSERT INTO order_lines (id, order_id, line_no, product_id, quantity, list_price, discount_bp, "
                    "net_amount, cost_amount) VALUES ";
  std::vector<store::Value> params;
  params.reserve(d.lines.size() * 9);
  for (std::size_t i = 0; i < d.lines.size(); ++i) {
    const auto& l = d.lines[i];
    sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    params.insert(params.end(), {tx.NewId(), id, static_cast<int>(i + 1), l.product_id, l.quantity, l.list_price,
                                 l.discount_bp, nets[i], l.cost_price * l.quantity});
  }
  tx.Exec(sql, params);
  tx.Exec("INSERT INTO order_events (id, order_id, from_status, to_status, actor_id, note, at) VALUES (?, ?, NULL, ?, ?, NULL, ?)",
          {tx.NewId(), id, d.status, actor_id, d.order_date});
  return {id, total};
}

core::Result<Order> OrderService::Create(const auth::Actor& actor, core::Id customer_id,
                                         std::optional<std::string> channel, const std::vector<NewOrderLine>& lines) {
  if (auto s = actor.Require("order", auth::Action::kCreate); !s.ok()) return s.error();
  if (channel && !IsChannel(*channel)) return core::Error::Validation("channel", "must be direct, store, distributor or online");
  if (auto s = CheckNewLines(lines); !s.ok()) return s.error();
  return db_.Write<Order>([&](store::Tx& tx) -> core::Result<Order> {
    auto customer = LoadVisibleCustomer(tx, actor, customer_id);
    if (!customer) return core::Error::Validation("customer_id", "unknown customer");
    OrderDraft draft;
    draft.customer_id = customer_id;
    draft.owner_id = customer->owner_id;
    draft.zone_id = customer->zone_id;
    draft.channel = channel.value_or(customer->channel);
    draft.currency = customer->currency;
    draft.order_date = tx.Now();
    auto priced = PriceLines(tx, *customer, lines);
    if (!priced.ok()) return priced.error();
    for (const PricedLine& l : priced.value())
      draft.lines.push_back({l.product_id, l.quantity, l.list_price, l.discount_bp, l.cost_price, l.net_amount});
    const InsertedOrder inserted = InsertOrder(tx, draft, actor.acting_user());
    tx.Exec("UPDATE customers SET credit_used = credit_used + ?, last_order_at = ? WHERE id = ?",
            {inserted.total, draft.order_date, customer_id});
    auto saved = LoadVisible(tx, auth::Actor::System(), inserted.id);
    LoadDetails(tx, *saved);
    auth::RecordChange(tx, actor, {"order", inserted.id, "create", nullptr, Snapshot(*saved)}, "order.created");
    return *saved;
  });
}

core::Result<Order> OrderService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("order", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<Order>([&](store::Tx& tx) -> core::Result<Order> {
    auto o = LoadVisible(tx, actor, id);
    if (!o) return core::Error::NotFound("order");
    LoadDetails(tx, *o);
    return *o;
  });
}

core::Result<core::Page<Order>> OrderService::List(const auth::Actor& actor, const OrderQuery& q) {
  if (auto s = actor.Require("order", auth::Action::kRead); !s.ok()) return s.error();
  static const std::map<std::string, std::string, std::less<>> kSort = {
      {"order_date", "o.order_date"}, {"number", "o.number"}, {"total", "o.total"}, {"status", "o.status"},
      {"customer_name", "c.name"}};
  const std::string sort = q.list.sort.empty() ? "-order_date" : q.list.sort;
  auto order = store::OrderBy(sort, kSort, "o.order_date DESC", "o.id");
  if (!order.ok()) return order.error();
  const bool descending = sort.front() == '-';
  const std::string field = descending ? sort.substr(1) : sort;
  store::Where where;
  where.And(store::ScopePredicate(actor.Scope("order"), "o.owner_id", "o.zone_id"));
  if (!q.list.q.empty()) {
    // A number prefix uses the number index; a customer name finds the customers first
    // (a small table) and their orders through the customer index.
    const store::Predicate customers = store::NameSearch(db_.dialect(), "customer_search", "c", q.list.q, false);
    std::vector<store::Value> params = {q.list.q, q.list.q + "\xF4\x8F\xBF\xBF"};
    params.insert(params.end(), customers.params.begin(), customers.params.end());
    where.And("(o.number >= ? AND o.number < ?) OR o.customer_id IN (SELECT c.id FROM customers c WHERE " +
                  customers.sql + ")",
              params);
  }
  if (!q.status.empty()) where.And("o.status = ?", {q.status});
  if (!q.channel.empty()) where.And("o.channel = ?", {q.channel});
  if (q.customer_id) where.And("o.customer_id = ?", {*q.customer_id});
  if (q.zone_id) where.And("o.zone_id = ?", {*q.zone_id});
  if (q.owner_id) where.And("o.owner_id = ?", {*q.owner_id});
  if (q.from) where.And("o.order_date >= ?", {*q.from});
  if (q.to) where.And("o.order_date < ?", {*q.to});
  // Every filter is on orders itself (customer names go through a subquery), so the
  // count needs no join.
  const std::string from = " FROM orders o";
  return db_.Read<core::Page<Order>>([&](store::Tx& tx) -> core::Result<core::Page<Order>> {
    core::Page<Order> page;
    const auto count = store::CountUpTo(tx, from + where.Sql(), where.params());
    page.total = count.count;
    page.total_capped = count.capped;
    store::Where paged = where;
    if (!q.list.cursor.empty())
      if (auto s = store::AfterCursor(paged, {kSort.at(field), "o.id", descending}, sort, q.list.cursor); !s.ok()) return s.error();
    const int offset = q.list.cursor.empty() ? q.list.offset : 0;
    for (const auto& r : tx.Query(std::string(kSelect) + paged.Sql() + order.value() + " LIMIT ? OFFSET ?",
                                  store::With(paged.params(), {q.list.limit + 1, offset})))
      page.items.push_back(FromRow(r));
    if (static_cast<int>(page.items.size()) > q.list.limit) {  // one extra row tells there is a next page
      page.items.pop_back();
      const Order& last = page.items.back();
      const store::Value value = field == "order_date" ? store::Value(last.order_date)
                                 : field == "number"   ? store::Value(last.number)
                                 : field == "total"    ? store::Value(last.total)
                                 : field == "status"   ? store::Value(last.status)
                                                       : store::Value(last.customer_name);
      page.next_cursor = store::MakeCursor(value, last.id, sort);
    }
    return page;
  });
}

core::Result<std::string> OrderService::TrackingToken(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("order", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Write<std::string>([&](store::Tx& tx) -> core::Result<std::string> {
    if (!LoadVisible(tx, actor, id)) return core::Error::NotFound("order");
    tx.Exec("UPDATE orders SET tracking_token = ? WHERE id = ? AND tracking_token IS NULL", {auth::NewToken(), id});
    return tx.QueryOne("SELECT tracking_token FROM orders WHERE id = ?", {id})->Str(0);
  });
}

core::Result<json::value> OrderService::Track(std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return core::Error::NotFound("order");
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto row = tx.QueryOne("SELECT id FROM orders WHERE tracking_token = ?", {token});
    if (!row) return core::Error::NotFound("order");
    auto o = LoadVisible(tx, auth::Actor::System(), row->Int(0));
    LoadDetails(tx, *o);
    json::array items, timeline;
    for (const auto& l : o->lines) items.push_back({{"product_name", l.product_name}, {"quantity", l.quantity}});
    for (const auto& e : o->timeline) timeline.push_back({{"status", e.to_status}, {"at", core::TimeValue(e.at)}});
    return json::value(json::object{{"number", o->number},
                                    {"status", o->status},
                                    {"order_date", core::DateValue(o->order_date)},
                                    {"ship_date", o->ship_date ? core::DateValue(*o->ship_date) : json::value(nullptr)},
                                    {"ship_mode", o->ship_mode ? json::value(*o->ship_mode) : json::value(nullptr)},
                                    {"items", std::move(items)},
                                    {"timeline", std::move(timeline)}});
  });
}

core::Result<Order> OrderService::Transition(const auth::Actor& actor, core::Id id, const std::string& to, int version,
                                             std::optional<std::string> note) {
  if (auto s = actor.Require("order", auth::Action::kUpdate); !s.ok()) return s.error();
  if (!IsOrderStatus(to)) return core::Error::Validation("status", "unknown status " + to);
  return db_.Write<Order>([&](store::Tx& tx) -> core::Result<Order> {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("order");
    if (before->version != version)
      return core::Error::Stale("order", before->version);
    if (!CanTransition(before->status, to))
      return core::Error{core::ErrorCode::kConflict, "an order cannot go from " + before->status + " to " + to,
                         {{"status", "not allowed after " + before->status}}};
    if (auto allowed = MayMove(actor, to); !allowed.ok()) return allowed.error();
    const core::Millis now = tx.Now();
    // The conditional update is the guard against two people moving the order at once.
    if (tx.Exec("UPDATE orders SET status = ?, version = version + 1, updated_at = ?, ship_date = CASE WHEN ? = "
                "'shipped' THEN ? ELSE ship_date END WHERE id = ? AND version = ?",
                {to, now, to, now, id, version}) != 1)
      return core::Error::Conflict("order was changed by someone else");
    tx.Exec("INSERT INTO order_events (id, order_id, from_status, to_status, actor_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            {tx.NewId(), id, before->status, to, actor.acting_user(),
             note, now});
    if (HoldsCredit(before->status) && !HoldsCredit(to))
      tx.Exec("UPDATE customers SET credit_used = credit_used - ? WHERE id = ?", {before->total, before->customer_id});
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    LoadDetails(tx, *saved);
    json::value after = Snapshot(*saved);
    after.as_object()["from_status"] = before->status;
    auth::RecordChange(tx, actor, {"order", id, "update", Snapshot(*before), after}, "order.status_changed");
    return *saved;
  });
}

}  // namespace salient::crm
