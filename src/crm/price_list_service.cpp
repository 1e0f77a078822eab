#include "crm/price_list_service.hpp"

#include <boost/json.hpp>

#include <set>

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "crm/customer.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

const char* kSelect =
    "SELECT l.id, l.name, l.channel, l.zone_id, l.currency, l.active, l.version, "
    "(SELECT COUNT(*) FROM price_list_items i WHERE i.price_list_id = l.id) FROM price_lists l";

PriceList FromRow(const store::Row& r) {
  PriceList l;
  l.id = r.Int(0);
  l.name = r.Str(1);
  l.channel = r.OptStr(2);
  l.zone_id = r.OptInt(3);
  l.currency = r.Str(4);
  l.active = r.Bool(5);
  l.version = static_cast<int>(r.Int(6));
  l.item_count = static_cast<int>(r.Int(7));
  return l;
}

std::optional<PriceList> Load(store::Tx& tx, core::Id id) {
  auto r = tx.QueryOne(std::string(kSelect) + " WHERE l.id = ?", {id});
  if (!r) return std::nullopt;
  PriceList l = FromRow(*r);
  for (const auto& i : tx.Query("SELECT i.product_id, p.code, p.name, i.price FROM price_list_items i JOIN products p ON "
                                "p.id = i.product_id WHERE i.price_list_id = ? ORDER BY p.code",
                                {id}))
    l.items.push_back({i.Int(0), i.Str(1), i.Str(2), i.Int(3)});
  return l;
}

core::Status Apply(store::Tx& tx, const PriceListInput& in, PriceList& l) {
  if (in.name) l.name = core::Trim(*in.name);
  if (in.channel) l.channel = *in.channel;
  if (in.zone_id) l.zone_id = *in.zone_id;
  if (in.active) l.active = *in.active;
  if (l.name.empty()) return core::Error::Validation("name", "must not be empty");
  if (l.channel && !IsChannel(*l.channel)) return core::Error::Validation("channel", "must be direct, store, distributor or online");
  if (l.zone_id && !tx.QueryOne("SELECT id FROM zones WHERE id = ?", {*l.zone_id}))
    return core::Error::Validation("zone_id", "unknown zone");
  if (in.items) {
    std::set<core::Id> seen;
    for (std::size_t i = 0; i < in.items->size(); ++i) {
      const auto& [product, price] = (*in.items)[i];
      if (!seen.insert(product).second)
        return core::Error::Validation("items[" + std::to_string(i) + "].product_id", "product listed twice");
      if (price < 0) return core::Error::Validation("items[" + std::to_string(i) + "].price", "must not be negative");
      if (!tx.QueryOne("SELECT id FROM products WHERE id = ?", {product}))
        return core::Error::Validation("items[" + std::to_string(i) + "].product_id", "unknown product");
    }
  }
  return core::Ok{};
}

void WriteItems(store::Tx& tx, core::Id id, const std::vector<std::pair<core::Id, core::MinorUnits>>& items) {
  tx.Exec("DELETE FROM price_list_items WHERE price_list_id = ?", {id});
  for (const auto& [product, price] : items)
    tx.Exec("INSERT INTO price_list_items (price_list_id, product_id, price) VALUES (?, ?, ?)", {id, product, price});
}

json::value Snapshot(const PriceList& l) {
  return {{"name", l.name}, {"active", l.active}, {"items", l.item_count}};
}

}  // namespace

json::value PriceListToJson(const PriceList& l) {
  json::array items;
  for (const auto& i : l.items)
    items.push_back({{"product_id", core::IdValue(i.product_id)}, {"product_code", i.product_code},
                     {"product_name", i.product_name}, {"price", i.price}});
  return {{"id", core::IdValue(l.id)},
          {"name", l.name},
          {"channel", l.channel ? json::value(*l.channel) : json::value(nullptr)},
          {"zone_id", core::OptionalIdValue(l.zone_id)},
          {"currency", l.currency},
          {"active", l.active},
          {"version", l.version},
          {"item_count", l.item_count},
          {"items", items}};
}

core::Result<std::vector<PriceList>> PriceListService::List(const auth::Actor& actor) {
  if (auto s = actor.Require("price_list", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<std::vector<PriceList>>([](store::Tx& tx) -> core::Result<std::vector<PriceList>> {
    std::vector<PriceList> lists;
    for (const auto& r : tx.Query(std::string(kSelect) + " ORDER BY l.name")) lists.push_back(FromRow(r));
    return lists;
  });
}

core::Result<PriceList> PriceListService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("price_list", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<PriceList>([&](store::Tx& tx) -> core::Result<PriceList> {
    auto l = Load(tx, id);
    if (!l) return core::Error::NotFound("price list");
    return *l;
  });
}

core::Result<PriceList> PriceListService::Create(const auth::Actor& actor, const PriceListInput& in) {
  if (auto s = actor.Require("price_list", auth::Action::kCreate); !s.ok()) return s.error();
  return db_.Write<PriceList>([&](store::Tx& tx) -> core::Result<PriceList> {
    PriceList l;
    if (auto s = Apply(tx, in, l); !s.ok()) return s.error();
    l.id = tx.NewId();
    tx.Exec("INSERT INTO price_lists (id, name, channel, zone_id, currency, active, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
            {l.id, l.name, l.channel, l.zone_id, l.currency, l.active ? 1 : 0, tx.Now(), tx.Now()});
    if (in.items) WriteItems(tx, l.id, *in.items);
    auto saved = *Load(tx, l.id);
    auth::RecordChange(tx, actor, {"price_list", l.id, "create", nullptr, Snapshot(saved)});
    return saved;
  });
}

core::Result<PriceList> PriceListService::Update(const auth::Actor& actor, core::Id id, const PriceListInput& patch) {
  if (auto s = actor.Require("price_list", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<PriceList>([&](store::Tx& tx) -> core::Result<PriceList> {
    auto before = Load(tx, id);
    if (!before) return core::Error::NotFound("price list");
    if (before->version != patch.version)
      return core::Error::Stale("price list", before->version);
    PriceList after = *before;
    if (auto s = Apply(tx, patch, after); !s.ok()) return s.error();
    tx.Exec("UPDATE price_lists SET name = ?, channel = ?, zone_id = ?, active = ?, version = version + 1, updated_at = ? "
            "WHERE id = ? AND version = ?",
            {after.name, after.channel, after.zone_id, after.active ? 1 : 0, tx.Now(), id, before->version});
    if (patch.items) WriteItems(tx, id, *patch.items);
    auto saved = *Load(tx, id);
    auth::RecordChange(tx, actor, {"price_list", id, "update", Snapshot(*before), Snapshot(saved)});
    return saved;
  });
}

core::Status PriceListService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("price_list", auth::Action::kDelete); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = Load(tx, id);
    if (!before) return core::Error::NotFound("price list");
    tx.Exec("DELETE FROM price_list_items WHERE price_list_id = ?", {id});
    tx.Exec("DELETE FROM price_lists WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"price_list", id, "delete", Snapshot(*before), nullptr});
    return core::Ok{};
  });
}

}  // namespace salient::crm
