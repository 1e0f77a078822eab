#pragma once
// The customer record as services and the API see it.
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/clock.hpp"
#include "core/id.hpp"
#include "core/money.hpp"

namespace salient::crm {

struct Customer {
  core::Id id = 0;
  std::string code;
  std::string name;
  std::string segment;
  std::optional<std::string> industry;
  std::string grade_computed = "C";
  std::optional<std::string> grade_override;
  std::optional<std::string> grade_override_reason;
  std::optional<core::Id> owner_id;
  std::string owner_name;
  std::optional<core::Id> zone_id;
  std::string zone_name;
  std::optional<std::string> territory, address, city, state, postal_code, country;
  std::optional<double> latitude, longitude;
  std::string currency = "CNY";
  core::MinorUnits credit_limit = 0;
  core::MinorUnits credit_used = 0;
  core::MinorUnits revenue_12m = 0;
  std::string channel = "direct";
  std::vector<std::string> tags;
  std::string status = "active";
  std::optional<std::string> phone, email;
  std::optional<core::Millis> last_visit_at, last_order_at;
  int version = 1;
  core::Millis created_at = 0, updated_at = 0;

  const std::string& grade() const { return grade_override ? *grade_override : grade_computed; }
};

// Fields the actor's role hides (e.g. phone for analysts) are left out.
boost::json::value CustomerToJson(const Customer& customer, const auth::Actor& actor);
// The same fields as JSON text appended to `out` (list pages).
void AppendCustomerJson(std::string& out, const Customer& customer, const auth::Actor& actor);

bool IsChannel(std::string_view channel);
bool IsCustomerStatus(std::string_view status);
bool IsGrade(std::string_view grade);

}  // namespace salient::crm
