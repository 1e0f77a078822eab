#pragma once
// The customer record as services and the API see it.
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.hpp"
#include "core/clock.hpp"
#include "core/id.hpp"
#include "core/money.hpp"

namespace salient::crm {

// A customer. `Customer` owns its text: the record services hand around. `CustomerView`
// points into a database row instead: the list endpoint writes each row to JSON while it
// is read, with no record built (valid only during ForEachRow's callback).
template <typename Text>
struct BasicCustomer {
  core::Id id = 0;
  Text code;
  Text name;
  Text segment;
  std::optional<Text> industry;
  Text grade_computed = "C";
  std::optional<Text> grade_override;
  std::optional<Text> grade_override_reason;
  std::optional<core::Id> owner_id;
  Text owner_name;
  std::optional<core::Id> zone_id;
  Text zone_name;
  std::optional<Text> territory, address, city, state, postal_code, country;
  std::optional<double> latitude, longitude;
  Text currency = "CNY";
  core::MinorUnits credit_limit = 0;
  core::MinorUnits credit_used = 0;
  core::MinorUnits revenue_12m = 0;
  Text channel = "direct";
  std::vector<std::string> tags;
  Text status = "active";
  std::optional<Text> phone, email;
  std::optional<core::Millis> last_visit_at, last_order_at;
  int version = 1;
  core::Millis created_at = 0, updated_at = 0;

  const Text& grade() const { return grade_override ? *grade_override : grade_computed; }
};
using Customer = BasicCustomer<std::string>;
using CustomerView = BasicCustomer<std::string_view>;

// Fields the actor's role hides (e.g. phone for analysts) are left out.
boost::json::value CustomerToJson(const Customer& customer, const auth::Actor& actor);
// The same fields as JSON text appended to `out` (list pages).
void AppendCustomerJson(std::string& out, const CustomerView& customer, const auth::Actor& actor);

bool IsChannel(std::string_view channel);
bool IsCustomerStatus(std::string_view status);
bool IsGrade(std::string_view grade);

}  // namespace salient::crm
