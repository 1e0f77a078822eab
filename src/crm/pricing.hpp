#pragma once
// How a line the client asks for becomes a priced line: the product must exist and be
// active, the unit price comes from the customer's price list (never the client), the
// discount is checked. Orders and quotes price their lines here, one way.
#include <optional>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/result.hpp"
#include "crm/customer.hpp"
#include "store/database.hpp"

namespace salient::crm {

// What the client sends for one line.
struct NewOrderLine {
  core::Id product_id = 0;
  std::int64_t quantity = 0;
  double discount_pct = 0;
};

struct PricedLine {
  core::Id product_id = 0;
  std::string product_code, product_name;
  int quantity = 0;
  core::MinorUnits list_price = 0;  // per unit, from the price list
  int discount_bp = 0;
  core::MinorUnits cost_price = 0;  // per unit
  core::MinorUnits net_amount = 0;  // list × quantity less the discount
};

// Shape checks that need no database: 1-500 lines, quantities, discount range. Errors name
// the line, e.g. "lines[2].quantity".
core::Status CheckNewLines(const std::vector<NewOrderLine>& lines);

// Prices every line for the customer (kValidation naming the line on an unknown or
// inactive product).
core::Result<std::vector<PricedLine>> PriceLines(store::Tx& tx, const Customer& customer,
                                                 const std::vector<NewOrderLine>& lines);

// The unit price a customer pays before discounts: the most specific active price list
// (channel and zone, then zone, then channel, then general) that lists the product,
// else the product's list price.
core::MinorUnits PriceFor(store::Tx& tx, core::Id product_id, const std::string& channel,
                          std::optional<core::Id> zone_id, core::MinorUnits list_price);

}  // namespace salient::crm
