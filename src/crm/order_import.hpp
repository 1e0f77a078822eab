#pragma once
// CSV import of orders, in two layouts recognised by their header:
//  - Salient's own: order_number, order_date, customer_code, customer_name, segment,
//    channel, zone, territory, city, product_code, product_name, product_line, category,
//    sub_category, quantity, unit_price, discount_pct[, net_amount, ship_date, ship_mode, status]
//  - the Superstore layout (one row per order line: "Order ID", "Order Date", "Customer ID",
//    "Customer Name", "Segment", "Region", "State", "Product ID", "Sales", "Quantity",
//    "Discount", "Profit", ...).
// The whole file is validated first and every bad row is reported with its line number,
// column and reason; nothing is written unless the file is valid or the caller chose to
// skip bad rows. Missing customers and products are created (deduplicated by code); an
// order number that already exists is a bad row. Everything is written in one transaction.
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/clock.hpp"
#include "core/money.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct ImportIssue {
  int line = 0;
  std::string column;
  std::string message;
};

struct ImportOptions {
  bool dry_run = false;
  bool skip_bad_rows = false;
  std::string currency = "CNY";
  // Moves every date so that the newest order falls on this day (demo data).
  std::optional<core::Millis> shift_last_order_to;
  // Owner for a new customer, from its zone code and territory (state); default: none.
  std::function<std::optional<core::Id>(const std::string& zone_code, const std::string& territory)> owner_for;
  // Channel for a new customer when the file has none; default "direct".
  std::function<std::string(const std::string& customer_code, const std::string& segment)> channel_for;
  // Status of an imported order from its (shifted) date when the file has none; default "closed".
  std::function<std::string(core::Millis order_date)> status_for;
  // Called every 1,000 rows while reading and while writing.
  std::function<void(const std::string& phase, int done, int total)> progress;
};

struct ImportReport {
  std::string layout;  // "salient" | "superstore"
  int rows = 0;
  int bad_rows = 0;
  int orders = 0;
  int lines = 0;
  int customers_created = 0;
  int products_created = 0;
  core::MinorUnits total = 0;
  std::vector<ImportIssue> issues;
  bool written = false;
};

// kInvalidArgument when the header matches no layout (the report names the missing
// columns); otherwise a report, written or not.
core::Result<ImportReport> ImportOrders(store::Database& db, const auth::Actor& actor, std::istream& csv,
                                        const ImportOptions& options);

}  // namespace salient::crm
