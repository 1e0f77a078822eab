#pragma once
// Customers: create, read, list, update, delete, grade override, timeline. Every call
// checks the actor's permission on `customer` and applies the record scope (owner /
// zone), so a rep never reaches another rep's customer. Outside the scope is kNotFound.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/page.hpp"
#include "crm/customer.hpp"
#include "store/database.hpp"

namespace salient::crm {

// Create and update input; on update, empty optionals mean "unchanged".
struct CustomerInput {
  std::optional<std::string> code, name, segment, channel, status;
  std::optional<std::optional<std::string>> industry, territory, address, city, state, postal_code, country, phone, email;
  std::optional<std::optional<double>> latitude, longitude;
  std::optional<std::optional<core::Id>> owner_id, zone_id;
  std::optional<core::MinorUnits> credit_limit;
  std::optional<std::vector<std::string>> tags;
  int version = 0;  // updates only
};

struct CustomerQuery {
  core::ListParams list;
  std::string status, grade, segment, channel, territory;
  std::optional<core::Id> zone_id, owner_id;
};

struct TimelineEntry {
  std::string type;  // order | visit | opportunity | quote
  core::Id id = 0;
  core::Millis at = 0;
  std::string title;
  std::string status;
  std::optional<core::MinorUnits> amount;
  std::string currency;
};

class CustomerService {
 public:
  explicit CustomerService(store::Database& db) : db_(db) {}

  core::Result<Customer> Create(const auth::Actor& actor, const CustomerInput& input);
  core::Result<Customer> Get(const auth::Actor& actor, core::Id id);
  core::Result<core::Page<Customer>> List(const auth::Actor& actor, const CustomerQuery& query);
  // The same page, each customer seen in place as the row is read (the list endpoint writes
  // it straight to JSON text); the view is valid during the call only.
  core::Result<core::PageInfo> ListEach(const auth::Actor& actor, const CustomerQuery& query,
                                        const std::function<void(const CustomerView&)>& each);
  core::Result<Customer> Update(const auth::Actor& actor, core::Id id, const CustomerInput& patch);
  // kConflict while orders reference the customer.
  core::Status Delete(const auth::Actor& actor, core::Id id);
  // Needs `approve` on customer; grade empty → back to the computed grade.
  core::Result<Customer> OverrideGrade(const auth::Actor& actor, core::Id id, std::optional<std::string> grade,
                                       const std::string& reason);
  core::Result<std::vector<TimelineEntry>> Timeline(const auth::Actor& actor, core::Id id);

 private:
  core::Result<core::PageInfo> ListRows(const auth::Actor& actor, const CustomerQuery& query,
                                        const std::function<void(const store::RowView&)>& each);
  store::Database& db_;
};

// Inside a transaction, for other crm services: the customer if the actor may see it.
std::optional<Customer> LoadVisibleCustomer(store::Tx& tx, const auth::Actor& actor, core::Id id);
// Recomputes trailing-12-month revenue, last order date and the computed ABC grade of
// every customer: the top 20% by revenue are A, the next 30% B, the rest C.
void RecomputeCustomerStats(store::Tx& tx);

}  // namespace salient::crm
