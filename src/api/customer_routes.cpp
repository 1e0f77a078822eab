// Customers and their contacts.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/export.hpp"
#include "api/reply.hpp"
#include "core/json.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

crm::CustomerInput ReadCustomer(BodyReader& body, bool create) {
  crm::CustomerInput in;
  if (!create) in.version = static_cast<int>(body.Int("version", true).value_or(0));
  in.name = body.String("name", create, 128);
  in.segment = body.String("segment", create, 32);
  in.channel = body.String("channel", create, 16);
  in.code = body.String("code", false, 32);
  in.status = body.String("status", false, 16);
  in.industry = body.NullableString("industry", 64);
  in.territory = body.NullableString("territory", 64);
  in.address = body.NullableString("address", 256);
  in.city = body.NullableString("city", 64);
  in.state = body.NullableString("state", 64);
  in.postal_code = body.NullableString("postal_code", 16);
  in.country = body.NullableString("country", 64);
  in.phone = body.NullableString("phone", 24);
  in.email = body.NullableString("email", 254);
  in.latitude = body.NullableDouble("latitude");
  in.longitude = body.NullableDouble("longitude");
  in.owner_id = body.NullableId("owner_id");
  in.zone_id = body.NullableId("zone_id");
  in.credit_limit = body.Money("credit_limit");
  in.tags = body.StringList("tags", 20, 32);
  return in;
}

crm::ContactInput ReadContact(BodyReader& body, bool create) {
  crm::ContactInput in;
  if (!create) in.version = static_cast<int>(body.Int("version", true).value_or(0));
  in.name = body.String("name", create, 64);
  in.title = body.NullableString("title", 64);
  in.phone = body.NullableString("phone", 24);
  in.email = body.NullableString("email", 254);
  in.is_primary = body.Bool("is_primary");
  return in;
}

core::Result<crm::CustomerQuery> CustomerQueryFrom(const Request& request) {
  crm::CustomerQuery q;
  auto list = ParseListParams(request);
  if (!list.ok()) return list.error();
  q.list = list.value();
  for (auto [name, target] : {std::pair{"status", &q.status}, {"grade", &q.grade}, {"segment", &q.segment},
                              {"channel", &q.channel}, {"territory", &q.territory}})
    *target = request.Query(name).value_or("");
  if (auto s = QueryIds(request, {{"zone_id", &q.zone_id}, {"owner_id", &q.owner_id}}); !s.ok()) return s.error();
  return q;
}

json::value TimelineJson(const crm::TimelineEntry& e) {
  return {{"type", e.type}, {"id", core::IdValue(e.id)}, {"at", core::TimeValue(e.at)}, {"title", e.title},
          {"status", e.status}, {"amount", e.amount ? json::value(*e.amount) : json::value(nullptr)},
          {"currency", e.currency}};
}

}  // namespace

void AddCustomerRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/customers", Access::kSession, "customers",
             "List customers (q, status, grade, segment, channel, zone_id, owner_id, territory)", [&s](Context& ctx) {
               auto q = CustomerQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return PageWhileReading<crm::CustomerView>(
                   ctx, static_cast<std::size_t>(q->list.limit) * 800,
                   [&](const auto& each) { return s.customers.ListEach(*ctx.actor, q.value(), each); },
                   [&](std::string& out, const crm::CustomerView& c) { crm::AppendCustomerJson(out, c, *ctx.actor); });
             });

  router.Add("GET", "/api/v1/customers/export", Access::kSession, "customers",
             "Export the filtered customer list (format=csv|xlsx)", [&s](Context& ctx) {
               auto q = CustomerQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return ExportResponse(ctx, "customer", "customers", q->list, [&](const core::ListParams& page) {
                 crm::CustomerQuery paged = q.value();
                 paged.list = page;
                 return Rows(s.customers.List(*ctx.actor, paged),
                             [&](const crm::Customer& c) { return crm::CustomerToJson(c, *ctx.actor); });
               });
             });

  router.Add("POST", "/api/v1/customers", Access::kSession, "customers", "Create a customer", [&s](Context& ctx) {
    auto body = BodyReader::Parse(ctx.request);
    if (!body.ok()) return Problem(ctx, body.error());
    crm::CustomerInput in = ReadCustomer(body.value(), true);
    if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
    auto created = s.customers.Create(*ctx.actor, in);
    if (!created.ok()) return Problem(ctx, created.error());
    return JsonResponse(201, crm::CustomerToJson(created.value(), *ctx.actor));
  });

  router.Add("GET", "/api/v1/customers/{id}", Access::kSession, "customers", "Get a customer", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("customer"));
    auto c = s.customers.Get(*ctx.actor, *id);
    if (!c.ok()) return Problem(ctx, c.error());
    return JsonResponse(200, crm::CustomerToJson(c.value(), *ctx.actor));
  });

  router.Add("PATCH", "/api/v1/customers/{id}", Access::kSession, "customers", "Update a customer (needs version)",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("customer"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               crm::CustomerInput in = ReadCustomer(body.value(), false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto c = s.customers.Update(*ctx.actor, *id, in);
               if (!c.ok()) return Problem(ctx, c.error());
               return JsonResponse(200, crm::CustomerToJson(c.value(), *ctx.actor));
             });

  router.Add("DELETE", "/api/v1/customers/{id}", Access::kSession, "customers", "Delete a customer without orders",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("customer"));
               if (auto done = s.customers.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });

  router.Add("POST", "/api/v1/customers/{id}/grade", Access::kSession, "customers",
             "Override the computed ABC grade (grade null returns to computed)", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("customer"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto grade = body->NullableString("grade", 1);
               auto reason = body->String("reason", false, 256);
               if (!grade) body->String("grade", true);  // reports it as missing
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto c = s.customers.OverrideGrade(*ctx.actor, *id, *grade, reason.value_or(""));
               if (!c.ok()) return Problem(ctx, c.error());
               return JsonResponse(200, crm::CustomerToJson(c.value(), *ctx.actor));
             });

  router.Add("GET", "/api/v1/customers/{id}/timeline", Access::kSession, "customers",
             "Orders, visits, opportunities and quotes of a customer, newest first", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("customer"));
               auto entries = s.customers.Timeline(*ctx.actor, *id);
               if (!entries.ok()) return Problem(ctx, entries.error());
               json::array items;
               for (const auto& e : entries.value()) items.push_back(TimelineJson(e));
               return JsonResponse(200, json::object{{"items", items}, {"total", items.size()}, {"next_cursor", nullptr}});
             });

  router.Add("GET", "/api/v1/customers/{id}/contacts", Access::kSession, "customers", "A customer's contacts",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("customer"));
               auto contacts = s.contacts.List(*ctx.actor, *id);
               if (!contacts.ok()) return Problem(ctx, contacts.error());
               auto page = core::WholeList(contacts.value());
               return PageResponse(page, [&](const crm::Contact& c) { return crm::ContactToJson(c, *ctx.actor); });
             });

  router.Add("POST", "/api/v1/customers/{id}/contacts", Access::kSession, "customers", "Add a contact",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("customer"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               crm::ContactInput in = ReadContact(body.value(), true);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto c = s.contacts.Create(*ctx.actor, *id, in);
               if (!c.ok()) return Problem(ctx, c.error());
               return JsonResponse(201, crm::ContactToJson(c.value(), *ctx.actor));
             });

  router.Add("PATCH", "/api/v1/contacts/{id}", Access::kSession, "customers", "Update a contact (needs version)",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("contact"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               crm::ContactInput in = ReadContact(body.value(), false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto c = s.contacts.Update(*ctx.actor, *id, in);
               if (!c.ok()) return Problem(ctx, c.error());
               return JsonResponse(200, crm::ContactToJson(c.value(), *ctx.actor));
             });

  router.Add("DELETE", "/api/v1/contacts/{id}", Access::kSession, "customers", "Delete a contact", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("contact"));
    if (auto done = s.contacts.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
    return NoContent();
  });
}

}  // namespace salient::api
