#include "crm/customer.hpp"

#include "auth/redact.hpp"
#include "core/record_json.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

template <typename Text>
void WriteCustomer(core::RecordFields& f, const BasicCustomer<Text>& c) {
  f.Id("id", c.id);
  f.Text("code", c.code);
  f.Text("name", c.name);
  f.Text("segment", c.segment);
  f.Text("industry", c.industry);
  f.Text("grade", c.grade());
  f.Text("grade_computed", c.grade_computed);
  f.Text("grade_override_reason", c.grade_override_reason);
  f.Id("owner_id", c.owner_id);
  c.owner_id ? f.Text("owner_name", c.owner_name) : f.Null("owner_name");
  f.Id("zone_id", c.zone_id);
  c.zone_id ? f.Text("zone_name", c.zone_name) : f.Null("zone_name");
  f.Text("territory", c.territory);
  f.Text("address", c.address);
  f.Text("city", c.city);
  f.Text("state", c.state);
  f.Text("postal_code", c.postal_code);
  f.Text("country", c.country);
  f.Double("latitude", c.latitude);
  f.Double("longitude", c.longitude);
  f.Text("currency", c.currency);
  f.Int("credit_limit", c.credit_limit);
  f.Int("credit_used", c.credit_used);
  f.Int("revenue_12m", c.revenue_12m);
  f.Text("channel", c.channel);
  f.Texts("tags", c.tags);
  f.Text("status", c.status);
  f.Text("phone", c.phone);
  f.Text("email", c.email);
  f.Time("last_visit_at", c.last_visit_at);
  f.Time("last_order_at", c.last_order_at);
  f.Int("version", c.version);
  f.Time("created_at", c.created_at);
  f.Time("updated_at", c.updated_at);
}

}  // namespace

json::value CustomerToJson(const Customer& c, const auth::Actor& actor) {
  core::ObjectFields fields(auth::HiddenFields(actor, "customer"));
  WriteCustomer(fields, c);
  return fields.Take();
}

void AppendCustomerJson(std::string& out, const CustomerView& c, const auth::Actor& actor) {
  core::TextFields fields(out, auth::HiddenFields(actor, "customer"));
  WriteCustomer(fields, c);
}

bool IsChannel(std::string_view c) { return c == "direct" || c == "store" || c == "distributor" || c == "online"; }
bool IsCustomerStatus(std::string_view s) { return s == "lead" || s == "active" || s == "dormant" || s == "lost"; }
bool IsGrade(std::string_view g) { return g == "A" || g == "B" || g == "C"; }

}  // namespace salient::crm
