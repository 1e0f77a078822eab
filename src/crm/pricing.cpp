#include "crm/pricing.hpp"

#include <cmath>

#include "crm/product_service.hpp"

namespace salient::crm {

core::Status CheckNewLines(const std::vector<NewOrderLine>& lines) {
  if (lines.empty()) return core::Error::Validation("lines", "at least one line is needed");
  if (lines.size() > 500) return core::Error::Validation("lines", "at most 500 lines");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string at = "lines[" + std::to_string(i) + "]";
    if (lines[i].quantity < 1 || lines[i].quantity > 1000000) return core::Error::Validation(at + ".quantity", "must be 1 to 1,000,000");
    if (!(lines[i].discount_pct >= 0 && lines[i].discount_pct <= 100))
      return core::Error::Validation(at + ".discount_pct", "must be between 0 and 100");
  }
  return core::Ok{};
}

core::Result<std::vector<PricedLine>> PriceLines(store::Tx& tx, const Customer& customer,
                                                 const std::vector<NewOrderLine>& lines) {
  std::vector<PricedLine> priced;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string at = "lines[" + std::to_string(i) + "]";
    auto product = LoadProduct(tx, lines[i].product_id);
    if (!product) return core::Error::Validation(at + ".product_id", "unknown product");
    if (!product->active) return core::Error::Validation(at + ".product_id", "product " + product->code + " is inactive");
    PricedLine line;
    line.product_id = product->id;
    line.product_code = product->code;
    line.product_name = product->name;
    line.quantity = static_cast<int>(lines[i].quantity);
    line.list_price = PriceFor(tx, product->id, customer.channel, customer.zone_id, product->list_price);
    line.discount_bp = static_cast<int>(std::lround(lines[i].discount_pct * 100));
    line.cost_price = product->cost_price;
    line.net_amount = core::ApplyDiscount(line.list_price * line.quantity, line.discount_bp);
    priced.push_back(std::move(line));
  }
  return priced;
}

core::MinorUnits PriceFor(store::Tx& tx, core::Id product_id, const std::string& channel,
                          std::optional<core::Id> zone_id, core::MinorUnits list_price) {
  auto r = tx.QueryOne(
      "SELECT i.price FROM price_list_items i JOIN price_lists l ON l.id = i.price_list_id WHERE i.product_id = ? AND "
      "l.active = 1 AND (l.channel IS NULL OR l.channel = ?) AND (l.zone_id IS NULL OR l.zone_id = ?) ORDER BY "
      "(CASE WHEN l.zone_id IS NULL THEN 0 ELSE 2 END) + (CASE WHEN l.channel IS NULL THEN 0 ELSE 1 END) DESC, l.id LIMIT 1",
      {product_id, channel, zone_id.value_or(0)});
  return r ? r->Int(0) : list_price;
}

}  // namespace salient::crm
