#include "crm/order_import.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "auth/audit.hpp"
#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "crm/customer.hpp"
#include "crm/customer_service.hpp"
#include "crm/order_service.hpp"
#include "store/bulk_load.hpp"

namespace salient::crm {

namespace {

constexpr core::Millis kDay = 24LL * 3600 * 1000;

// A customer or product as first seen in the file (created if missing).
struct NewCustomer {
  std::string name, segment, zone, territory, city, postal_code, country;
  std::optional<std::string> channel;
};
struct NewProduct {
  std::string name, product_line, category, sub_category;
  core::MinorUnits unit_price = 0, unit_cost = 0;
};

// One order line as read from the file, in Salient's terms.
struct ParsedLine {
  int line = 0;
  std::string order_number;
  core::Millis order_date = 0;
  std::optional<core::Millis> ship_date;
  std::optional<std::string> ship_mode, status, channel;
  std::string customer_code, product_code;
  int quantity = 0;
  core::MinorUnits unit_price = 0;
  int discount_bp = 0;
  std::optional<core::MinorUnits> net_amount;
  core::MinorUnits unit_cost = 0;
};

// Column names per layout, in Salient's vocabulary.
struct Layout {
  std::string name;
  std::map<std::string, std::string> columns;  // our field → header in the file
  std::set<std::string> required;
};

const Layout kSalient{"salient",
                      {{"order_number", "order_number"}, {"order_date", "order_date"}, {"ship_date", "ship_date"},
                       {"ship_mode", "ship_mode"}, {"status", "status"}, {"channel", "channel"},
                       {"customer_code", "customer_code"}, {"customer_name", "customer_name"}, {"segment", "segment"},
                       {"zone", "zone"}, {"territory", "territory"}, {"city", "city"}, {"postal_code", "postal_code"},
                       {"country", "country"}, {"product_code", "product_code"}, {"product_name", "product_name"},
                       {"product_line", "product_line"}, {"category", "category"}, {"sub_category", "sub_category"},
                       {"quantity", "quantity"}, {"unit_price", "unit_price"}, {"discount_pct", "discount_pct"},
                       {"net_amount", "net_amount"}, {"unit_cost", "unit_cost"}},
                      {"order_number", "order_date", "customer_code", "customer_name", "product_code", "product_name",
                       "quantity", "unit_price"}};

const Layout kSuperstore{"superstore",
                         {{"order_number", "Order ID"}, {"order_date", "Order Date"}, {"ship_date", "Ship Date"},
                          {"ship_mode", "Ship Mode"}, {"customer_code", "Customer ID"},
                          {"customer_name", "Customer Name"}, {"segment", "Segment"}, {"zone", "Region"},
                          {"territory", "State"}, {"city", "City"}, {"postal_code", "Postal Code"},
                          {"country", "Country"}, {"product_code", "Product ID"}, {"product_name", "Product Name"},
                          {"category", "Category"}, {"sub_category", "Sub-Category"}, {"sales", "Sales"},
                          {"quantity", "Quantity"}, {"discount", "Discount"}, {"profit", "Profit"}},
                         {"order_number", "order_date", "customer_code", "customer_name", "product_code",
                          "product_name", "sales", "quantity", "discount"}};

class Reader {
 public:
  Reader(const Layout& layout, const std::vector<std::string>& header) : layout_(layout) {
    for (const auto& [field, column] : layout.columns)
      for (std::size_t i = 0; i < header.size(); ++i)
        if (core::Trim(header[i]) == column) index_[field] = i;
  }
  std::vector<std::string> Missing() const {
    std::vector<std::string> missing;
    for (const auto& f : layout_.required)
      if (!index_.count(f)) missing.push_back(layout_.columns.at(f));
    return missing;
  }
  bool Has(const std::string& field) const { return index_.count(field) > 0; }
  std::string Get(const std::vector<std::string>& row, const std::string& field) const {
    auto it = index_.find(field);
    if (it == index_.end() || it->second >= row.size()) return {};
    const std::string& value = row[it->second];
    // Most fields have no surrounding spaces; trim only when needed.
    if (!value.empty() && (std::isspace(static_cast<unsigned char>(value.front())) ||
                           std::isspace(static_cast<unsigned char>(value.back()))))
      return core::Trim(value);
    return value;
  }
  const std::string& Column(const std::string& field) const { return layout_.columns.at(field); }
  const Layout& layout() const { return layout_; }

 private:
  const Layout& layout_;
  std::unordered_map<std::string, std::size_t> index_;
};

std::optional<int> ParseQuantity(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v > 0 ? std::optional<int>(v) : std::nullopt;
}

std::optional<double> ParseNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    double v = std::stod(text, &used);
    if (used != text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Parses one row; appends issues (naming the file's column) and returns false when bad.
bool ParseRow(const Reader& r, const std::vector<std::string>& row, int line, ParsedLine& out, NewCustomer& customer,
              NewProduct& product, std::vector<ImportIssue>& issues) {
  const std::size_t before = issues.size();
  auto bad = [&](const std::string& field, const std::string& message) {
    issues.push_back({line, r.Column(field), message});
  };
  out.line = line;
  for (const auto& field : r.layout().required)
    if (r.Get(row, field).empty()) bad(field, "is required");
  out.order_number = r.Get(row, "order_number");
  if (out.order_number.size() > 40) bad("order_number", "is longer than 40 characters");
  if (auto d = core::ParseIso(r.Get(row, "order_date"))) out.order_date = *d;
  else if (!r.Get(row, "order_date").empty()) bad("order_date", "is not a date (YYYY-MM-DD)");
  if (r.Has("ship_date") && !r.Get(row, "ship_date").empty()) {
    if (auto d = core::ParseIso(r.Get(row, "ship_date"))) out.ship_date = *d;
    else bad("ship_date", "is not a date (YYYY-MM-DD)");
  }
  if (r.Has("ship_mode") && !r.Get(row, "ship_mode").empty()) out.ship_mode = r.Get(row, "ship_mode");
  if (r.Has("status") && !r.Get(row, "status").empty()) {
    out.status = r.Get(row, "status");
    if (!IsOrderStatus(*out.status)) bad("status", "unknown status " + *out.status);
  }
  if (r.Has("channel") && !r.Get(row, "channel").empty()) {
    out.channel = r.Get(row, "channel");
    customer.channel = out.channel;
    if (!IsChannel(*out.channel)) bad("channel", "must be direct, store, distributor or online");
  }
  out.customer_code = r.Get(row, "customer_code");
  customer.name = r.Get(row, "customer_name");
  customer.segment = r.Has("segment") && !r.Get(row, "segment").empty() ? r.Get(row, "segment") : "Corporate";
  customer.zone = r.Get(row, "zone");
  customer.territory = r.Get(row, "territory");
  customer.city = r.Get(row, "city");
  customer.postal_code = r.Get(row, "postal_code");
  customer.country = r.Get(row, "country");
  out.product_code = r.Get(row, "product_code");
  product.name = r.Get(row, "product_name");
  product.category = r.Has("category") && !r.Get(row, "category").empty() ? r.Get(row, "category") : "General";
  product.product_line =
      r.Has("product_line") && !r.Get(row, "product_line").empty() ? r.Get(row, "product_line") : product.category;
  product.sub_category = r.Has("sub_category") ? r.Get(row, "sub_category") : "";
  if (out.customer_code.size() > 32) bad("customer_code", "is longer than 32 characters");
  if (out.product_code.size() > 32) bad("product_code", "is longer than 32 characters");

  const std::string quantity = r.Get(row, "quantity");
  if (auto q = ParseQuantity(quantity)) out.quantity = *q;
  else if (!quantity.empty()) bad("quantity", "must be a whole number above zero");

  if (r.layout().name == "superstore") {
    // Sales is the net line amount; the list price is what it was before the discount.
    const auto sales = core::ParseDecimalMoney(r.Get(row, "sales"));
    const auto discount = ParseNumber(r.Get(row, "discount"));
    const auto profit = r.Get(row, "profit").empty() ? std::optional<double>(0.0) : ParseNumber(r.Get(row, "profit"));
    if (!sales || *sales < 0) { if (!r.Get(row, "sales").empty()) bad("sales", "must be a non-negative amount"); }
    if (!discount || *discount < 0 || *discount >= 1) { if (!r.Get(row, "discount").empty()) bad("discount", "must be a fraction from 0 to below 1"); }
    if (!profit) bad("profit", "must be a number");
    if (sales && discount && profit && out.quantity > 0 && *discount >= 0 && *discount < 1) {
      out.net_amount = *sales;
      out.discount_bp = static_cast<int>(std::lround(*discount * 10000));
      out.unit_price = std::llround(static_cast<double>(*sales) / out.quantity / (1.0 - *discount));
      out.unit_cost = std::max<core::MinorUnits>(0, std::llround((static_cast<double>(*sales) - *profit * 100) / out.quantity));
    }
  } else {
    const auto price = core::ParseDecimalMoney(r.Get(row, "unit_price"));
    if (!price || *price < 0) { if (!r.Get(row, "unit_price").empty()) bad("unit_price", "must be a non-negative amount"); }
    else out.unit_price = *price;
    if (r.Has("discount_pct") && !r.Get(row, "discount_pct").empty()) {
      auto pct = ParseNumber(r.Get(row, "discount_pct"));
      if (!pct || *pct < 0 || *pct > 100) bad("discount_pct", "must be a percentage from 0 to 100");
      else out.discount_bp = static_cast<int>(std::lround(*pct * 100));
    }
    if (r.Has("net_amount") && !r.Get(row, "net_amount").empty()) {
      auto net = core::ParseDecimalMoney(r.Get(row, "net_amount"));
      if (!net || *net < 0) bad("net_amount", "must be a non-negative amount");
      else out.net_amount = *net;
    }
    if (r.Has("unit_cost") && !r.Get(row, "unit_cost").empty()) {
      auto cost = core::ParseDecimalMoney(r.Get(row, "unit_cost"));
      if (!cost || *cost < 0) bad("unit_cost", "must be a non-negative amount");
      else out.unit_cost = *cost;
    }
  }
  product.unit_price = out.unit_price;
  product.unit_cost = out.unit_cost;
  return issues.size() == before;
}

std::string DefaultChannel(const std::string&, const std::string&) { return "direct"; }

}  // namespace

core::Result<ImportReport> ImportOrders(store::Database& db, const auth::Actor& actor, std::istream& csv,
                                        const ImportOptions& options) {
  if (auto s = actor.Require("order", auth::Action::kCreate); !s.ok()) return s.error();
  ImportReport report;
  core::CsvReader reader(csv);
  std::vector<std::string> row;
  if (!reader.Next(row)) return core::Error::Invalid("file", "the file is empty");
  std::optional<Reader> columns;
  std::vector<std::string> missing_salient, missing_superstore;
  for (const Layout* layout : {&kSuperstore, &kSalient}) {
    Reader candidate(*layout, row);
    auto missing = candidate.Missing();
    if (missing.empty()) {
      columns.emplace(candidate);
      break;
    }
    (layout == &kSalient ? missing_salient : missing_superstore) = missing;
  }
  if (!columns) {
    std::string names;
    for (const auto& m : missing_salient) names += (names.empty() ? "" : ", ") + m;
    return core::Error::Invalid("file", "unknown layout: the header lacks " + names +
                                            " (or use the Superstore layout)");
  }
  report.layout = columns->layout().name;

  // Phase 1: read and check every row.
  std::vector<ParsedLine> lines;
  // Attributes of customers and products, from the first line that names them.
  std::unordered_map<std::string, NewCustomer> file_customers;
  std::unordered_map<std::string, NewProduct> file_products;
  std::vector<std::string> customer_order, product_order;  // first-seen order, for stable ids
  std::set<std::string> bad_orders;
  std::set<int> bad_lines;
  std::unordered_map<std::string, std::size_t> first_line_of_order;
  while (reader.Next(row)) {
    ++report.rows;
    if (row.size() == 1 && core::Trim(row[0]).empty()) continue;
    ParsedLine parsed;
    NewCustomer customer;
    NewProduct product;
    bool ok = ParseRow(*columns, row, reader.line(), parsed, customer, product, report.issues);
    if (ok && file_customers.emplace(parsed.customer_code, std::move(customer)).second)
      customer_order.push_back(parsed.customer_code);
    if (ok && file_products.emplace(parsed.product_code, std::move(product)).second)
      product_order.push_back(parsed.product_code);
    if (ok) {
      auto [it, inserted] = first_line_of_order.emplace(parsed.order_number, lines.size());
      if (!inserted) {
        const ParsedLine& first = lines[it->second];
        if (first.customer_code != parsed.customer_code) {
          report.issues.push_back({parsed.line, columns->Column("customer_code"),
                                   "differs from line " + std::to_string(first.line) + " of the same order"});
          ok = false;
        } else if (first.order_date != parsed.order_date) {
          report.issues.push_back({parsed.line, columns->Column("order_date"),
                                   "differs from line " + std::to_string(first.line) + " of the same order"});
          ok = false;
        }
      }
    }
    if (!ok) {
      bad_lines.insert(parsed.line);
      bad_orders.insert(parsed.order_number);
    }
    lines.push_back(std::move(parsed));
    if (options.progress && report.rows % 1000 == 0) options.progress("read", report.rows, 0);
  }
  if (reader.malformed())
    report.issues.push_back({reader.line(), "", "a quoted field is not closed before the end of the file"});

  // What the file names that exists already: duplicate orders, and customers and
  // products the importer may or may not use. An import never reaches past the
  // importer's record scope or creates what they may not create.
  std::set<std::string> numbers, customer_codes, product_codes;
  for (const auto& l : lines) {
    if (!l.order_number.empty()) numbers.insert(l.order_number);
    customer_codes.insert(l.customer_code);
    product_codes.insert(l.product_code);
  }
  struct Known {
    std::set<std::string> orders, customers, visible_customers, products;
  };
  const store::Predicate scope = store::ScopePredicate(actor.Scope("customer"), "c.owner_id", "c.zone_id");
  auto known = db.Read<Known>([&](store::Tx& tx) -> core::Result<Known> {
    Known k;
    // Codes are looked up in batches of 500 (bound parameters, never spliced).
    auto in_batches = [&](const std::set<std::string>& codes, const std::string& select, const std::string& tail,
                          const std::vector<store::Value>& tail_params, std::set<std::string>& into) {
      std::vector<std::string> all(codes.begin(), codes.end());
      for (std::size_t start = 0; start < all.size(); start += 500) {
        std::string sql = select + " IN (";
        std::vector<store::Value> params;
        for (std::size_t i = start; i < std::min(all.size(), start + 500); ++i) {
          sql += params.empty() ? "?" : ", ?";
          params.emplace_back(all[i]);
        }
        params.insert(params.end(), tail_params.begin(), tail_params.end());
        for (const auto& r : tx.Query(sql + ")" + tail, params)) into.insert(r.Str(0));
      }
    };
    in_batches(numbers, "SELECT number FROM orders WHERE number", "", {}, k.orders);
    in_batches(customer_codes, "SELECT c.code FROM customers c WHERE c.code", "", {}, k.customers);
    in_batches(customer_codes, "SELECT c.code FROM customers c WHERE c.code", " AND " + scope.sql, scope.params,
               k.visible_customers);
    in_batches(product_codes, "SELECT code FROM products WHERE code", "", {}, k.products);
    return k;
  });
  if (!known.ok()) return known.error();
  auto zone_ids = db.Read<std::unordered_map<std::string, core::Id>>(
      [](store::Tx& tx) -> core::Result<std::unordered_map<std::string, core::Id>> {
        std::unordered_map<std::string, core::Id> ids;
        for (const auto& r : tx.Query("SELECT id, code, name FROM zones")) {
          ids[core::ToLower(r.Str(1))] = r.Int(0);
          ids[core::ToLower(r.Str(2))] = r.Int(0);
        }
        return ids;
      });
  if (!zone_ids.ok()) return zone_ids.error();
  auto zone_within_scope = [&](const std::string& zone) {
    auto it = zone_ids->find(core::ToLower(zone));
    const auto& allowed = actor.Scope("customer").zone_ids;
    return it != zone_ids->end() && std::find(allowed.begin(), allowed.end(), it->second) != allowed.end();
  };
  const bool may_create_customers = actor.Can("customer", auth::Action::kCreate);
  const bool may_create_products = actor.Can("product", auth::Action::kCreate);
  const store::RecordScope customer_scope = actor.Scope("customer");
  for (const auto& l : lines) {
    auto bad = [&](const std::string& field, const std::string& message) {
      report.issues.push_back({l.line, columns->Column(field), message});
      bad_lines.insert(l.line);
      bad_orders.insert(l.order_number);
    };
    if (known->orders.count(l.order_number)) bad("order_number", "order " + l.order_number + " already exists");
    if (known->customers.count(l.customer_code) && !known->visible_customers.count(l.customer_code))
      bad("customer_code", "customer " + l.customer_code + " is outside your record scope");
    if (!known->customers.count(l.customer_code)) {
      if (!may_create_customers) bad("customer_code", "unknown customer " + l.customer_code + " (you may not create customers)");
      const auto& zone = file_customers.count(l.customer_code) ? file_customers.at(l.customer_code).zone : std::string();
      if (customer_scope.kind != store::ScopeKind::kAll && !zone.empty() && !zone_within_scope(zone))
        bad("zone", "zone " + zone + " is outside your record scope");
    }
    if (!known->products.count(l.product_code) && !may_create_products)
      bad("product_code", "unknown product " + l.product_code + " (you may not create products)");
  }
  report.bad_rows = static_cast<int>(bad_lines.size());
  std::sort(report.issues.begin(), report.issues.end(), [](const auto& a, const auto& b) { return a.line < b.line; });

  if (!report.issues.empty() && !options.skip_bad_rows) return report;  // nothing written
  std::erase_if(lines, [&](const ParsedLine& l) { return bad_orders.count(l.order_number) > 0; });

  core::Millis shift = 0;
  if (options.shift_last_order_to && !lines.empty()) {
    core::Millis newest = 0;
    for (const auto& l : lines) newest = std::max(newest, l.order_date);
    shift = (*options.shift_last_order_to / kDay - newest / kDay) * kDay;
  }
  // Counts for the report (also in dry runs).
  std::set<std::string> order_numbers;
  for (const auto& l : lines) {
    order_numbers.insert(l.order_number);
    report.total += l.net_amount ? *l.net_amount : core::ApplyDiscount(l.unit_price * l.quantity, l.discount_bp);
  }
  report.orders = static_cast<int>(order_numbers.size());
  report.lines = static_cast<int>(lines.size());
  if (options.dry_run) {  // what a real run would create
    std::set<std::string> new_customers, new_products;
    for (const auto& l : lines) {
      if (!known->customers.count(l.customer_code)) new_customers.insert(l.customer_code);
      if (!known->products.count(l.product_code)) new_products.insert(l.product_code);
    }
    report.customers_created = static_cast<int>(new_customers.size());
    report.products_created = static_cast<int>(new_products.size());
    return report;
  }

  // Phase 2: write everything in one transaction.
  auto status = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    report.customers_created = report.products_created = 0;
    // A big import touches far more pages than SQLite's default 2 MB cache holds; without
    // a larger cache every index insert spills to and rereads from the WAL.
    if (tx.dialect() == store::Dialect::kSqlite) tx.Exec("PRAGMA cache_size = -262144");
    std::unordered_map<std::string, core::Id> zones;
    std::unordered_map<core::Id, std::string> zone_codes;
    for (const auto& r : tx.Query("SELECT id, code, name FROM zones WHERE kind = 'zone'")) {
      zones[core::ToLower(r.Str(1))] = r.Int(0);
      zones[core::ToLower(r.Str(2))] = r.Int(0);
      zone_codes[r.Int(0)] = r.Str(1);
    }
    struct CustomerRef {
      core::Id id;
      std::optional<core::Id> owner_id, zone_id;
      std::string channel;
    };
    std::unordered_map<std::string, CustomerRef> customers;
    for (const auto& r : tx.Query("SELECT code, id, owner_id, zone_id, channel FROM customers"))
      customers[r.Str(0)] = {r.Int(1), r.OptInt(2), r.OptInt(3), r.Str(4)};
    std::unordered_map<std::string, core::Id> products;
    for (const auto& r : tx.Query("SELECT code, id FROM products")) products[r.Str(0)] = r.Int(1);

    const core::Millis now = tx.Now();
    std::set<std::string> used_customers, used_products;
    for (const auto& l : lines) {
      used_customers.insert(l.customer_code);
      used_products.insert(l.product_code);
    }
    auto opt = [](const std::string& s) { return s.empty() ? std::optional<std::string>() : std::optional<std::string>(s); };
    for (const std::string& code : customer_order) {
      if (customers.count(code) || !used_customers.count(code)) continue;
      const NewCustomer& c = file_customers.at(code);
      const core::Id id = tx.NewId();
      std::optional<core::Id> zone;
      if (auto z = zones.find(core::ToLower(c.zone)); z != zones.end()) zone = z->second;
      std::optional<core::Id> owner;
      if (options.owner_for) owner = options.owner_for(zone ? zone_codes[*zone] : "", c.territory);
      // A person importing owns what they bring in unless told otherwise; someone who sees
      // only their own customers always does (so the import stays inside their scope).
      if (actor.user_id && (!owner || customer_scope.kind == store::ScopeKind::kOwn)) owner = actor.user_id;
      if (!zone && owner) zone = tx.QueryOne("SELECT zone_id FROM users WHERE id = ?", {*owner})->OptInt(0);
      const std::string channel =
          c.channel ? *c.channel : (options.channel_for ? options.channel_for : DefaultChannel)(code, c.segment);
      tx.Exec("INSERT INTO customers (id, code, name, segment, owner_id, zone_id, territory, city, state, postal_code, "
              "country, currency, channel, status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, 'active', 1, ?, ?)",
              {id, code, c.name, c.segment, owner, zone, opt(c.territory), opt(c.city), opt(c.territory),
               opt(c.postal_code), opt(c.country), options.currency, channel, now, now});
      customers[code] = {id, owner, zone, channel};
      ++report.customers_created;
    }
    for (const std::string& code : product_order) {
      if (products.count(code) || !used_products.count(code)) continue;
      const NewProduct& p = file_products.at(code);
      const core::Id id = tx.NewId();
      tx.Exec("INSERT INTO products (id, code, name, product_line, category, sub_category, currency, list_price, "
              "cost_price, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)",
              {id, code, p.name, p.product_line, p.category, p.sub_category, options.currency, p.unit_price, p.unit_cost,
               now, now});
      products[code] = id;
      ++report.products_created;
    }

    // Loading more than the table holds: rebuild its indexes once instead of per row.
    const std::int64_t existing_lines = tx.QueryOne("SELECT COUNT(*) FROM order_lines")->Int(0);
    std::optional<store::SecondaryIndexes> indexes;
    if (static_cast<std::int64_t>(lines.size()) > existing_lines && lines.size() > 10000)
      indexes = store::SecondaryIndexes::Drop(tx, {"orders", "order_lines", "order_events"});

    // Lines grouped by order, in file order.
    std::map<std::size_t, std::vector<const ParsedLine*>> by_first_line;
    std::unordered_map<std::string, std::size_t> order_slot;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      auto [it, inserted] = order_slot.emplace(lines[i].order_number, i);
      by_first_line[it->second].push_back(&lines[i]);
    }
    int written = 0;
    for (const auto& [_, order_lines] : by_first_line) {
      const ParsedLine& head = *order_lines.front();
      const CustomerRef& customer = customers.at(head.customer_code);
      OrderDraft draft;
      draft.customer_id = customer.id;
      draft.owner_id = customer.owner_id;
      draft.zone_id = customer.zone_id;
      draft.number = head.order_number;
      draft.channel = head.channel ? *head.channel : customer.channel;
      draft.currency = options.currency;
      draft.order_date = head.order_date + shift;
      if (head.ship_date) draft.ship_date = *head.ship_date + shift;
      draft.ship_mode = head.ship_mode;
      draft.status = head.status ? *head.status : options.status_for ? options.status_for(draft.order_date) : "closed";
      for (const ParsedLine* l : order_lines)
        draft.lines.push_back({products.at(l->product_code), l->quantity, l->unit_price, l->discount_bp, l->unit_cost,
                               l->net_amount});
      const InsertedOrder inserted = InsertOrder(tx, draft, actor.acting_user());
      if (HoldsCredit(draft.status))
        tx.Exec("UPDATE customers SET credit_used = credit_used + ? WHERE id = ?", {inserted.total, customer.id});
      if (options.progress && ++written % 1000 == 0) options.progress("write", written, report.orders);
    }
    if (indexes) indexes->Rebuild(tx);
    RecomputeCustomerStats(tx);
    if (tx.dialect() == store::Dialect::kSqlite) tx.Exec("PRAGMA cache_size = -16384");
    auth::RecordChange(tx, actor,
                       {"order", std::nullopt, "import", nullptr,
                        boost::json::object{{"layout", report.layout},
                                            {"orders", report.orders},
                                            {"lines", report.lines},
                                            {"customers_created", report.customers_created},
                                            {"products_created", report.products_created},
                                            {"skipped_rows", report.bad_rows}}},
                       "order.imported");
    return core::Ok{};
  });
  if (!status.ok()) return status.error();
  report.written = true;
  return report;
}

}  // namespace salient::crm
