#pragma once
// CSV import of customers and products (master data). Same rules as the order import:
// the whole file is checked first, every bad row is reported with line, column and
// reason, nothing is written unless the file is valid (or bad rows are skipped), and a
// code that already exists — in the database or earlier in the file — is a duplicate.
//
// customers: code, name, segment, channel[, industry, zone, territory, city, state,
//            postal_code, country, phone, email, credit_limit, owner (username)]
// products:  code, name, product_line, category, list_price[, sub_category, cost_price, unit]
#include <istream>

#include "auth/actor.hpp"
#include "crm/order_import.hpp"
#include "store/database.hpp"

namespace salient::crm {

// Reports reuse ImportReport: `orders`/`lines` stay 0; customers_created or
// products_created count what was written.
core::Result<ImportReport> ImportCustomers(store::Database& db, const auth::Actor& actor, std::istream& csv,
                                           const ImportOptions& options);
core::Result<ImportReport> ImportProducts(store::Database& db, const auth::Actor& actor, std::istream& csv,
                                          const ImportOptions& options);

}  // namespace salient::crm
