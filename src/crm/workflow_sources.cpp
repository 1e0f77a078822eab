#include "crm/workflow_sources.hpp"

#include <boost/json.hpp>

#include "auth/audit.hpp"
#include "crm/customer_service.hpp"
#include "store/scope.hpp"
#include "store/sql_builder.hpp"

namespace salient::crm {

namespace json = boost::json;
using workflow::ExprDate;
using workflow::ExprType;
using workflow::ExprValue;
using workflow::FieldTypes;
using workflow::FieldValues;

namespace {

constexpr core::Millis kDayMs = 24LL * 3600 * 1000;

ExprValue Money(core::MinorUnits minor) { return static_cast<double>(minor) / 100.0; }
ExprValue Day(std::optional<core::Millis> at) {
  if (!at) return ExprValue{};
  return ExprDate{*at >= 0 ? *at / kDayMs : (*at - kDayMs + 1) / kDayMs};
}
ExprValue Text(const std::optional<std::string>& s) { return s ? ExprValue{*s} : ExprValue{}; }

const FieldTypes kCustomerFields = {
    {"customer.name", ExprType::kString},         {"customer.code", ExprType::kString},
    {"customer.segment", ExprType::kString},      {"customer.industry", ExprType::kString},
    {"customer.grade", ExprType::kString},        {"customer.channel", ExprType::kString},
    {"customer.status", ExprType::kString},       {"customer.territory", ExprType::kString},
    {"customer.address", ExprType::kString},      {"customer.credit_limit", ExprType::kNumber},
    {"customer.credit_used", ExprType::kNumber},  {"customer.revenue_12m", ExprType::kNumber},
    {"customer.last_visit_at", ExprType::kDate},  {"customer.last_order_at", ExprType::kDate},
    {"customer.owner_name", ExprType::kString},   {"customer.zone_name", ExprType::kString},
};

void AddCustomer(const Customer& c, FieldValues& v) {
  v["customer.name"] = c.name;
  v["customer.code"] = c.code;
  v["customer.segment"] = c.segment;
  v["customer.industry"] = Text(c.industry);
  v["customer.grade"] = c.grade();
  v["customer.channel"] = c.channel;
  v["customer.status"] = c.status;
  v["customer.territory"] = Text(c.territory);
  std::string address;
  for (const auto& part : {c.address, c.city, c.state})
    if (part && !part->empty()) address += (address.empty() ? "" : ", ") + *part;
  v["customer.address"] = address;
  v["customer.credit_limit"] = Money(c.credit_limit);
  v["customer.credit_used"] = Money(c.credit_used);
  v["customer.revenue_12m"] = Money(c.revenue_12m);
  v["customer.last_visit_at"] = Day(c.last_visit_at);
  v["customer.last_order_at"] = Day(c.last_order_at);
  v["customer.owner_name"] = c.owner_name;
  v["customer.zone_name"] = c.zone_name;
}

FieldTypes With(FieldTypes own) {
  own.insert(kCustomerFields.begin(), kCustomerFields.end());
  return own;
}

// "1. 办公椅 (FUR-CH-10000454) × 4" per line, for stocking and shipping tasks.
std::string LinesText(store::Tx& tx, const char* table, const char* key, core::Id id) {
  std::string out;
  for (const auto& r : tx.Query(std::string("SELECT l.line_no, p.name, p.code, l.quantity FROM ") + table +
                                    " l JOIN products p ON p.id = l.product_id WHERE l." + key + " = ? ORDER BY l.line_no",
                                {id}))
    out += std::to_string(r.Int(0)) + ". " + r.Str(1) + " (" + r.Str(2) + ") × " + std::to_string(r.Int(3)) + "\n";
  if (!out.empty()) out.pop_back();
  return out;
}

std::optional<workflow::RecordFacts> LoadCustomerFacts(store::Tx& tx, core::Id id) {
  auto c = LoadVisibleCustomer(tx, auth::Actor::System(), id);
  if (!c) return std::nullopt;
  workflow::RecordFacts facts;
  AddCustomer(*c, facts.values);
  facts.label = c->name;
  facts.customer_id = c->id;
  facts.owner_id = c->owner_id;
  facts.zone_id = c->zone_id;
  return facts;
}

std::optional<workflow::RecordFacts> LoadQuoteFacts(store::Tx& tx, core::Id id) {
  auto q = tx.QueryOne("SELECT number, customer_id, owner_id, zone_id, status, total, subtotal, discount_total, "
                       "max_discount_bp, valid_until, submitted_at, currency FROM quotes WHERE id = ?",
                       {id});
  if (!q) return std::nullopt;
  auto c = LoadVisibleCustomer(tx, auth::Actor::System(), q->Int(1));
  if (!c) return std::nullopt;
  workflow::RecordFacts facts;
  AddCustomer(*c, facts.values);
  auto& v = facts.values;
  v["quote.number"] = q->Str(0);
  v["quote.status"] = q->Str(4);
  v["quote.total"] = Money(q->Int(5));
  v["quote.subtotal"] = Money(q->Int(6));
  v["quote.discount_total"] = Money(q->Int(7));
  v["quote.max_discount_pct"] = static_cast<double>(q->Int(8)) / 100.0;
  v["quote.valid_until"] = Day(q->Int(9));
  v["quote.submitted_at"] = Day(q->OptInt(10));
  v["quote.currency"] = q->Str(11);
  v["quote.lines_text"] = LinesText(tx, "quote_lines", "quote_id", id);
  facts.label = q->Str(0) + " · " + c->name;
  facts.customer_id = c->id;
  facts.owner_id = q->OptInt(2);
  facts.zone_id = q->OptInt(3);
  return facts;
}

std::optional<workflow::RecordFacts> LoadOrderFacts(store::Tx& tx, core::Id id) {
  auto o = tx.QueryOne("SELECT number, customer_id, owner_id, zone_id, status, total, channel, order_date, ship_date, "
                       "ship_mode, currency FROM orders WHERE id = ?",
                       {id});
  if (!o) return std::nullopt;
  auto c = LoadVisibleCustomer(tx, auth::Actor::System(), o->Int(1));
  if (!c) return std::nullopt;
  workflow::RecordFacts facts;
  AddCustomer(*c, facts.values);
  auto& v = facts.values;
  v["order.number"] = o->Str(0);
  v["order.status"] = o->Str(4);
  v["order.total"] = Money(o->Int(5));
  v["order.channel"] = o->Str(6);
  v["order.order_date"] = Day(o->Int(7));
  v["order.ship_date"] = Day(o->OptInt(8));
  v["order.ship_mode"] = Text(o->OptStr(9));
  v["order.currency"] = o->Str(10);
  v["order.lines_text"] = LinesText(tx, "order_lines", "order_id", id);
  facts.label = o->Str(0) + " · " + c->name;
  facts.customer_id = c->id;
  facts.owner_id = o->OptInt(2);
  facts.zone_id = o->OptInt(3);
  return facts;
}

core::Status SetCustomerField(store::Tx& tx, const auth::Actor& actor, core::Id id, const std::string& field,
                              const json::value& value) {
  if (field != "customer.status") return core::Error::Validation(field, "rules cannot set this field");
  if (!value.is_string() || !IsCustomerStatus(value.as_string()))
    return core::Error::Validation(field, "must be one of lead, active, dormant, lost");
  auto before = LoadVisibleCustomer(tx, auth::Actor::System(), id);
  if (!before) return core::Error::NotFound("customer");
  if (before->status == value.as_string()) return core::Ok{};  // nothing changes, no event, no loop
  tx.Exec("UPDATE customers SET status = ?, version = version + 1, updated_at = ? WHERE id = ?",
          {std::string(value.as_string()), tx.Now(), id});
  auth::RecordChange(tx, actor, {"customer", id, "update", {{"status", before->status}}, {{"status", value}}});
  return core::Ok{};
}

std::function<std::vector<core::Id>(store::Tx&)> Scan(std::string sql) {
  return [sql = std::move(sql)](store::Tx& tx) {
    std::vector<core::Id> ids;
    for (const auto& r : tx.Query(sql)) ids.push_back(r.Int(0));
    return ids;
  };
}

// Whether the actor's record scope shows the row (table alias t, owner and zone columns).
std::function<bool(store::Tx&, const auth::Actor&, core::Id)> Visible(std::string object, std::string table) {
  return [object = std::move(object), table = std::move(table)](store::Tx& tx, const auth::Actor& actor, core::Id id) {
    if (!actor.Can(object, auth::Action::kRead)) return false;
    store::Where where;
    where.And("t.id = ?", {id}).And(store::ScopePredicate(actor.Scope(object), "t.owner_id", "t.zone_id"));
    return tx.QueryOne("SELECT t.id FROM " + table + " t" + where.Sql(), where.params()).has_value();
  };
}

// "number · customer" (or the customer's name) in one query, as the facts' label reads.
std::function<std::string(store::Tx&, core::Id)> Label(std::string sql) {
  return [sql = std::move(sql)](store::Tx& tx, core::Id id) -> std::string {
    auto r = tx.QueryOne(sql, {id});
    if (!r) return "";
    return r->size() == 1 ? r->Str(0) : r->Str(0) + " · " + r->Str(1);
  };
}

}  // namespace

workflow::RecordSources WorkflowRecordSources() {
  workflow::RecordSources sources;
  sources["customer"] = {"customer", kCustomerFields, LoadCustomerFacts, Label("SELECT name FROM customers WHERE id = ?"),
                         Visible("customer", "customers"),
                         Scan("SELECT id FROM customers WHERE status <> 'lost' ORDER BY id"), {"customer.status"},
                         SetCustomerField};
  sources["quote"] = {"quote",
                      With({{"quote.number", ExprType::kString},
                            {"quote.status", ExprType::kString},
                            {"quote.total", ExprType::kNumber},
                            {"quote.subtotal", ExprType::kNumber},
                            {"quote.discount_total", ExprType::kNumber},
                            {"quote.max_discount_pct", ExprType::kNumber},
                            {"quote.valid_until", ExprType::kDate},
                            {"quote.submitted_at", ExprType::kDate},
                            {"quote.currency", ExprType::kString},
                            {"quote.lines_text", ExprType::kString}}),
                      LoadQuoteFacts,
                      Label("SELECT q.number, c.name FROM quotes q JOIN customers c ON c.id = q.customer_id WHERE q.id = ?"),
                      Visible("quote", "quotes"),
                      Scan("SELECT id FROM quotes WHERE status IN ('draft', 'pending_approval', 'approved', 'accepted') "
                           "ORDER BY id"),
                      {},
                      nullptr};
  sources["order"] = {"order",
                      With({{"order.number", ExprType::kString},
                            {"order.status", ExprType::kString},
                            {"order.total", ExprType::kNumber},
                            {"order.channel", ExprType::kString},
                            {"order.order_date", ExprType::kDate},
                            {"order.ship_date", ExprType::kDate},
                            {"order.ship_mode", ExprType::kString},
                            {"order.currency", ExprType::kString},
                            {"order.lines_text", ExprType::kString}}),
                      LoadOrderFacts,
                      Label("SELECT o.number, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"),
                      Visible("order", "orders"),
                      Scan("SELECT id FROM orders WHERE status NOT IN ('closed', 'cancelled', 'delivered') ORDER BY id"),
                      {},
                      nullptr};
  return sources;
}

}  // namespace salient::crm
