#include "crm/master_import.hpp"

#include <boost/json.hpp>

#include <map>
#include <set>
#include <unordered_map>

#include "auth/audit.hpp"
#include "core/csv.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "crm/customer.hpp"
#include "crm/customer_service.hpp"

namespace salient::crm {

namespace {

enum class Kind { kText, kChannel, kMoney, kEmail, kPhone, kUser, kZone };

struct Column {
  std::string name;
  bool required;
  Kind kind;
  std::size_t max_chars = 200;
};

// What the checks need from the database: existing codes, zones and users by name.
struct Lookups {
  std::set<std::string> existing_codes;
  std::unordered_map<std::string, core::Id> zones;  // lower-case code or name → id
  std::unordered_map<std::string, std::pair<core::Id, std::optional<core::Id>>> users;  // username → (id, zone)
};

using Record = std::map<std::string, store::Value>;

// Reads and checks the whole file; returns the good records (with their line numbers).
core::Result<std::vector<std::pair<int, Record>>> ReadAll(std::istream& csv, const std::vector<Column>& columns,
                                                          const Lookups& lookups, ImportReport& report) {
  core::CsvReader reader(csv);
  std::vector<std::string> row;
  if (!reader.Next(row)) return core::Error::Invalid("file", "the file is empty");
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < row.size(); ++i) index[core::ToLower(core::Trim(row[i]))] = i;
  std::string missing;
  for (const auto& c : columns)
    if (c.required && !index.count(c.name)) missing += (missing.empty() ? "" : ", ") + c.name;
  if (!missing.empty()) return core::Error::Invalid("file", "the header lacks " + missing);

  std::vector<std::pair<int, Record>> records;
  std::set<std::string> seen_codes;
  std::set<int> bad_lines;
  while (reader.Next(row)) {
    ++report.rows;
    const int line = reader.line();
    Record record;
    auto bad = [&](const std::string& column, const std::string& message) {
      report.issues.push_back({line, column, message});
      bad_lines.insert(line);
    };
    for (const auto& c : columns) {
      auto at = index.find(c.name);
      const std::string value = at == index.end() || at->second >= row.size() ? "" : core::Trim(row[at->second]);
      if (value.empty()) {
        if (c.required) bad(c.name, "is required");
        record[c.name] = store::Null{};
        continue;
      }
      if (core::Utf8Length(value) > c.max_chars) {
        bad(c.name, "is longer than " + std::to_string(c.max_chars) + " characters");
        continue;
      }
      switch (c.kind) {
        case Kind::kText: record[c.name] = value; break;
        case Kind::kChannel:
          if (!IsChannel(value)) bad(c.name, "must be direct, store, distributor or online");
          record[c.name] = value;
          break;
        case Kind::kMoney: {
          auto amount = core::ParseDecimalMoney(value);
          if (!amount || *amount < 0) bad(c.name, "must be a non-negative amount");
          else record[c.name] = *amount;
          break;
        }
        case Kind::kEmail:
          if (!core::IsEmailAddress(value)) bad(c.name, "is not an email address");
          record[c.name] = value;
          break;
        case Kind::kPhone:
          if (!core::IsPhoneNumber(value)) bad(c.name, "is not a phone number");
          record[c.name] = value;
          break;
        case Kind::kZone: {
          auto z = lookups.zones.find(core::ToLower(value));
          if (z == lookups.zones.end()) bad(c.name, "unknown zone " + value);
          else record[c.name] = z->second;
          break;
        }
        case Kind::kUser: {
          auto u = lookups.users.find(core::ToLower(value));
          if (u == lookups.users.end()) bad(c.name, "unknown user " + value);
          else {
            record[c.name] = u->second.first;
            record["owner_zone"] = u->second.second;
          }
          break;
        }
      }
    }
    if (auto code = std::get_if<std::string>(&record["code"])) {
      if (lookups.existing_codes.count(*code)) bad("code", *code + " already exists");
      else if (!seen_codes.insert(*code).second) bad("code", *code + " appears twice in the file");
    }
    if (!bad_lines.count(line)) records.emplace_back(line, std::move(record));
  }
  report.bad_rows = static_cast<int>(bad_lines.size());
  return records;
}

core::Result<Lookups> Load(store::Database& db, const char* table) {
  return db.Read<Lookups>([&](store::Tx& tx) -> core::Result<Lookups> {
    Lookups l;
    for (const auto& r : tx.Query(std::string("SELECT code FROM ") + table)) l.existing_codes.insert(r.Str(0));
    for (const auto& r : tx.Query("SELECT id, code, name FROM zones")) {
      l.zones[core::ToLower(r.Str(1))] = r.Int(0);
      l.zones[core::ToLower(r.Str(2))] = r.Int(0);
    }
    for (const auto& r : tx.Query("SELECT id, username, zone_id FROM users WHERE active = 1"))
      l.users[r.Str(1)] = {r.Int(0), r.OptInt(2)};
    return l;
  });
}

const store::Value& At(Record& r, const char* key) { return r[key]; }

}  // namespace

core::Result<ImportReport> ImportCustomers(store::Database& db, const auth::Actor& actor, std::istream& csv,
                                           const ImportOptions& options) {
  if (auto s = actor.Require("customer", auth::Action::kCreate); !s.ok()) return s.error();
  const std::vector<Column> columns = {
      {"code", true, Kind::kText, 32},       {"name", true, Kind::kText, 128},        {"segment", true, Kind::kText, 32},
      {"channel", true, Kind::kChannel, 16}, {"industry", false, Kind::kText, 64},    {"zone", false, Kind::kZone, 64},
      {"territory", false, Kind::kText, 64}, {"city", false, Kind::kText, 64},        {"state", false, Kind::kText, 64},
      {"postal_code", false, Kind::kText, 16}, {"country", false, Kind::kText, 64},  {"phone", false, Kind::kPhone, 24},
      {"email", false, Kind::kEmail, 254},   {"credit_limit", false, Kind::kMoney, 24}, {"owner", false, Kind::kUser, 32}};
  auto lookups = Load(db, "customers");
  if (!lookups.ok()) return lookups.error();
  ImportReport report;
  report.layout = "customers";
  auto records = ReadAll(csv, columns, lookups.value(), report);
  if (!records.ok()) return records.error();
  if ((!report.issues.empty() && !options.skip_bad_rows) || options.dry_run) return report;
  auto status = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    for (auto& [line, r] : records.value()) {
      // The owner's zone unless a zone is given; rep imports stay within the rep's scope.
      store::Value owner = r["owner"];
      // Someone who sees only their own customers imports customers of their own.
      if ((std::holds_alternative<store::Null>(owner) || actor.Scope("customer").kind == store::ScopeKind::kOwn) &&
          actor.user_id)
        owner = actor.user_id;
      store::Value zone = std::holds_alternative<store::Null>(r["zone"]) ? r["owner_zone"] : r["zone"];
      const store::Value credit = std::holds_alternative<store::Null>(r["credit_limit"]) ? store::Value(0) : r["credit_limit"];
      tx.Exec("INSERT INTO customers (id, code, name, segment, industry, owner_id, zone_id, territory, city, state, "
              "postal_code, country, phone, email, credit_limit, channel, status, version, created_at, updated_at) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 1, ?, ?)",
              {tx.NewId(), At(r, "code"), At(r, "name"), At(r, "segment"), At(r, "industry"), owner, zone,
               At(r, "territory"), At(r, "city"), At(r, "state"), At(r, "postal_code"), At(r, "country"), At(r, "phone"),
               At(r, "email"), credit, At(r, "channel"), tx.Now(), tx.Now()});
      ++report.customers_created;
    }
    auth::RecordChange(tx, actor, {"customer", std::nullopt, "import", nullptr,
                                   boost::json::object{{"created", report.customers_created}, {"skipped_rows", report.bad_rows}}},
                       "customer.imported");
    return core::Ok{};
  });
  if (!status.ok()) return status.error();
  report.written = true;
  return report;
}

core::Result<ImportReport> ImportProducts(store::Database& db, const auth::Actor& actor, std::istream& csv,
                                          const ImportOptions& options) {
  if (auto s = actor.Require("product", auth::Action::kCreate); !s.ok()) return s.error();
  const std::vector<Column> columns = {
      {"code", true, Kind::kText, 32},         {"name", true, Kind::kText, 200},          {"product_line", true, Kind::kText, 64},
      {"category", true, Kind::kText, 64},     {"list_price", true, Kind::kMoney, 24},    {"sub_category", false, Kind::kText, 64},
      {"cost_price", false, Kind::kMoney, 24}, {"unit", false, Kind::kText, 16}};
  auto lookups = Load(db, "products");
  if (!lookups.ok()) return lookups.error();
  ImportReport report;
  report.layout = "products";
  auto records = ReadAll(csv, columns, lookups.value(), report);
  if (!records.ok()) return records.error();
  if ((!report.issues.empty() && !options.skip_bad_rows) || options.dry_run) return report;
  const bool may_set_cost = !actor.IsHidden("product", "cost_price");
  auto status = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    for (auto& [line, r] : records.value()) {
      const store::Value cost = !may_set_cost || std::holds_alternative<store::Null>(r["cost_price"]) ? store::Value(0) : r["cost_price"];
      const store::Value unit = std::holds_alternative<store::Null>(r["unit"]) ? store::Value("件") : r["unit"];
      const store::Value sub = std::holds_alternative<store::Null>(r["sub_category"]) ? store::Value("") : r["sub_category"];
      tx.Exec("INSERT INTO products (id, code, name, product_line, category, sub_category, list_price, cost_price, unit, "
              "active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)",
              {tx.NewId(), At(r, "code"), At(r, "name"), At(r, "product_line"), At(r, "category"), sub,
               At(r, "list_price"), cost, unit, tx.Now(), tx.Now()});
      ++report.products_created;
    }
    auth::RecordChange(tx, actor, {"product", std::nullopt, "import", nullptr,
                                   boost::json::object{{"created", report.products_created}, {"skipped_rows", report.bad_rows}}},
                       "product.imported");
    return core::Ok{};
  });
  if (!status.ok()) return status.error();
  report.written = true;
  return report;
}

}  // namespace salient::crm
