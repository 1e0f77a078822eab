#include "crm/customer.hpp"

#include "auth/redact.hpp"
#include "core/json.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {
json::value Opt(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value Opt(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }
}  // namespace

json::value CustomerToJson(const Customer& c, const auth::Actor& actor) {
  json::array tags;
  for (const auto& t : c.tags) tags.emplace_back(t);
  json::object o{{"id", core::IdValue(c.id)},
                 {"code", c.code},
                 {"name", c.name},
                 {"segment", c.segment},
                 {"industry", Opt(c.industry)},
                 {"grade", c.grade()},
                 {"grade_computed", c.grade_computed},
                 {"grade_override_reason", Opt(c.grade_override_reason)},
                 {"owner_id", core::OptionalIdValue(c.owner_id)},
                 {"owner_name", c.owner_id ? json::value(c.owner_name) : json::value(nullptr)},
                 {"zone_id", core::OptionalIdValue(c.zone_id)},
                 {"zone_name", c.zone_id ? json::value(c.zone_name) : json::value(nullptr)},
                 {"territory", Opt(c.territory)},
                 {"address", Opt(c.address)},
                 {"city", Opt(c.city)},
                 {"state", Opt(c.state)},
                 {"postal_code", Opt(c.postal_code)},
                 {"country", Opt(c.country)},
                 {"latitude", Opt(c.latitude)},
                 {"longitude", Opt(c.longitude)},
                 {"currency", c.currency},
                 {"credit_limit", c.credit_limit},
                 {"credit_used", c.credit_used},
                 {"revenue_12m", c.revenue_12m},
                 {"channel", c.channel},
                 {"tags", std::move(tags)},
                 {"status", c.status},
                 {"phone", Opt(c.phone)},
                 {"email", Opt(c.email)},
                 {"last_visit_at", core::OptionalTimeValue(c.last_visit_at)},
                 {"last_order_at", core::OptionalTimeValue(c.last_order_at)},
                 {"version", c.version},
                 {"created_at", core::TimeValue(c.created_at)},
                 {"updated_at", core::TimeValue(c.updated_at)}};
  auth::RedactHidden(actor, "customer", o);
  return json::value(std::move(o));
}

bool IsChannel(std::string_view c) { return c == "direct" || c == "store" || c == "distributor" || c == "online"; }
bool IsCustomerStatus(std::string_view s) { return s == "lead" || s == "active" || s == "dormant" || s == "lost"; }
bool IsGrade(std::string_view g) { return g == "A" || g == "B" || g == "C"; }

}  // namespace salient::crm
