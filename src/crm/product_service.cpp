#include "crm/product_service.hpp"

#include <boost/json.hpp>

#include "auth/audit.hpp"
#include "auth/redact.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "store/sql_builder.hpp"

namespace salient::crm {

namespace {

const char* kSelect =
    "SELECT id, code, name, product_line, category, sub_category, currency, list_price, cost_price, unit, active, "
    "version FROM products";

Product FromRow(const store::Row& r) {
  return {r.Int(0), r.Str(1), r.Str(2), r.Str(3), r.Str(4), r.Str(5), r.Str(6), r.Int(7), r.Int(8), r.Str(9),
          r.Bool(10), static_cast<int>(r.Int(11))};
}

core::Status Merge(const ProductInput& in, Product& p) {
  if (in.code) p.code = core::Trim(*in.code);
  if (in.name) p.name = core::Trim(*in.name);
  if (in.product_line) p.product_line = core::Trim(*in.product_line);
  if (in.category) p.category = core::Trim(*in.category);
  if (in.sub_category) p.sub_category = core::Trim(*in.sub_category);
  if (in.unit) p.unit = core::Trim(*in.unit);
  if (in.list_price) p.list_price = *in.list_price;
  if (in.cost_price) p.cost_price = *in.cost_price;
  if (in.active) p.active = *in.active;
  if (p.code.empty() || p.code.size() > 32) return core::Error::Validation("code", "must be 1-32 characters");
  if (p.name.empty()) return core::Error::Validation("name", "must not be empty");
  if (p.product_line.empty()) return core::Error::Validation("product_line", "must not be empty");
  if (p.category.empty()) return core::Error::Validation("category", "must not be empty");
  if (p.list_price < 0) return core::Error::Validation("list_price", "must not be negative");
  if (p.cost_price < 0) return core::Error::Validation("cost_price", "must not be negative");
  return core::Ok{};
}

boost::json::value Snapshot(const Product& p) { return ProductToJson(p, auth::Actor::System()); }

}  // namespace

boost::json::value ProductToJson(const Product& p, const auth::Actor& actor) {
  boost::json::object o{{"id", core::IdValue(p.id)},     {"code", p.code},
                        {"name", p.name},                {"product_line", p.product_line},
                        {"category", p.category},        {"sub_category", p.sub_category},
                        {"currency", p.currency},        {"list_price", p.list_price},
                        {"cost_price", p.cost_price},    {"unit", p.unit},
                        {"active", p.active},            {"version", p.version}};
  auth::RedactHidden(actor, "product", o);
  return o;
}

std::optional<Product> LoadProduct(store::Tx& tx, core::Id id) {
  auto r = tx.QueryOne(std::string(kSelect) + " WHERE id = ?", {id});
  if (!r) return std::nullopt;
  return FromRow(*r);
}

core::Result<Product> ProductService::Create(const auth::Actor& actor, const ProductInput& input) {
  if (auto s = actor.Require("product", auth::Action::kCreate); !s.ok()) return s.error();
  if (input.cost_price && actor.IsHidden("product", "cost_price")) return core::Error::Denied("you may not set cost_price");
  return db_.Write<Product>([&](store::Tx& tx) -> core::Result<Product> {
    Product p;
    if (auto s = Merge(input, p); !s.ok()) return s.error();
    if (tx.QueryOne("SELECT id FROM products WHERE code = ?", {p.code}))
      return core::Error{core::ErrorCode::kConflict, "product code already used", {{"code", "already used"}}};
    p.id = tx.NewId();
    tx.Exec("INSERT INTO products (id, code, name, product_line, category, sub_category, currency, list_price, "
            "cost_price, unit, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            {p.id, p.code, p.name, p.product_line, p.category, p.sub_category, p.currency, p.list_price, p.cost_price,
             p.unit, p.active ? 1 : 0, tx.Now(), tx.Now()});
    auth::RecordChange(tx, actor, {"product", p.id, "create", nullptr, Snapshot(p)});
    return p;
  });
}

core::Result<Product> ProductService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("product", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<Product>([&](store::Tx& tx) -> core::Result<Product> {
    auto p = LoadProduct(tx, id);
    if (!p) return core::Error::NotFound("product");
    return *p;
  });
}

core::Result<core::Page<Product>> ProductService::List(const auth::Actor& actor, const ProductQuery& q) {
  if (auto s = actor.Require("product", auth::Action::kRead); !s.ok()) return s.error();
  std::map<std::string, std::string, std::less<>> sortable = {
      {"code", "code"}, {"name", "name"}, {"product_line", "product_line"}, {"category", "category"},
      {"list_price", "list_price"}};
  if (!actor.IsHidden("product", "cost_price")) sortable["cost_price"] = "cost_price";
  auto order = store::OrderBy(q.list.sort, sortable, "product_line, category, name", "id");
  if (!order.ok()) return order.error();
  store::Where where;
  if (!q.list.q.empty()) where.And(store::NameSearch(db_.dialect(), "product_search", "products", q.list.q));
  if (!q.product_line.empty()) where.And("product_line = ?", {q.product_line});
  if (!q.category.empty()) where.And("category = ?", {q.category});
  if (q.active) where.And("active = ?", {*q.active ? 1 : 0});
  return db_.Read<core::Page<Product>>([&](store::Tx& tx) -> core::Result<core::Page<Product>> {
    core::Page<Product> page;
    page.total = tx.QueryOne("SELECT COUNT(*) FROM products" + where.Sql(), where.params())->Int(0);
    for (const auto& r : tx.Query(std::string(kSelect) + where.Sql() + order.value() + " LIMIT ? OFFSET ?",
                                  store::With(where.params(), {q.list.limit, q.list.offset})))
      page.items.push_back(FromRow(r));
    return page;
  });
}

core::Result<Product> ProductService::Update(const auth::Actor& actor, core::Id id, const ProductInput& patch) {
  if (auto s = actor.Require("product", auth::Action::kUpdate); !s.ok()) return s.error();
  if (patch.cost_price && actor.IsHidden("product", "cost_price")) return core::Error::Denied("you may not set cost_price");
  return db_.Write<Product>([&](store::Tx& tx) -> core::Result<Product> {
    auto before = LoadProduct(tx, id);
    if (!before) return core::Error::NotFound("product");
    if (before->version != patch.version)
      return core::Error::Stale("product", before->version);
    Product after = *before;
    if (auto s = Merge(patch, after); !s.ok()) return s.error();
    if (after.code != before->code && tx.QueryOne("SELECT id FROM products WHERE code = ? AND id <> ?", {after.code, id}))
      return core::Error{core::ErrorCode::kConflict, "product code already used", {{"code", "already used"}}};
    tx.Exec("UPDATE products SET code = ?, name = ?, product_line = ?, category = ?, sub_category = ?, list_price = ?, "
            "cost_price = ?, unit = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            {after.code, after.name, after.product_line, after.category, after.sub_category, after.list_price,
             after.cost_price, after.unit, after.active ? 1 : 0, tx.Now(), id, before->version});
    after.version = before->version + 1;
    auth::RecordChange(tx, actor, {"product", id, "update", Snapshot(*before), Snapshot(after)});
    return after;
  });
}

}  // namespace salient::crm
