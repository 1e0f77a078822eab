// Orders and the sales summary.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"
#include "core/time.hpp"
#include "crm/sales_summary.hpp"

namespace salient::api {

namespace {
core::Result<std::optional<core::Millis>> QueryDate(const Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text || text->empty()) return std::optional<core::Millis>();
  auto at = core::ParseIso(*text);
  if (!at) return core::Error::Invalid(name, "must be a date (YYYY-MM-DD)");
  return std::optional<core::Millis>(at);
}
}  // namespace

void AddOrderRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/orders", Access::kSession, "orders",
             "List orders (q, status, channel, customer_id, zone_id, owner_id, from, to)", [&s](Context& ctx) {
               crm::OrderQuery q;
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               q.list = list.value();
               q.status = ctx.request.Query("status").value_or("");
               q.channel = ctx.request.Query("channel").value_or("");
               for (auto [name, target] : {std::pair{"customer_id", &q.customer_id}, {"zone_id", &q.zone_id},
                                           {"owner_id", &q.owner_id}}) {
                 auto id = QueryId(ctx.request, name);
                 if (!id.ok()) return Problem(ctx, id.error());
                 *target = id.value();
               }
               auto from = QueryDate(ctx.request, "from");
               if (!from.ok()) return Problem(ctx, from.error());
               auto to = QueryDate(ctx.request, "to");
               if (!to.ok()) return Problem(ctx, to.error());
               q.from = from.value();
               q.to = to.value();
               auto page = s.orders.List(*ctx.actor, q);
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), crm::OrderToJson);
             });

  router.Add("POST", "/api/v1/orders", Access::kSession, "orders", "Create an order (prices from the catalogue)",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto customer = body->Id("customer_id", true);
               auto channel = body->String("channel", false, 16);
               std::vector<crm::NewOrderLine> lines;
               body->Each("lines", true, [&](BodyReader& line) {
                 crm::NewOrderLine l;
                 l.product_id = line.Id("product_id", true).value_or(0);
                 l.quantity = line.Int("quantity", true).value_or(0);
                 l.discount_pct = line.Double("discount_pct").value_or(0);
                 lines.push_back(l);
               });
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto order = s.orders.Create(*ctx.actor, *customer, channel, lines);
               if (!order.ok()) return Problem(ctx, order.error());
               return JsonResponse(201, crm::OrderToJson(order.value()));
             });

  router.Add("GET", "/api/v1/orders/{id}", Access::kSession, "orders", "An order with its lines and timeline",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("order"));
               auto order = s.orders.Get(*ctx.actor, *id);
               if (!order.ok()) return Problem(ctx, order.error());
               return JsonResponse(200, crm::OrderToJson(order.value()));
             });

  router.Add("POST", "/api/v1/orders/{id}/status", Access::kSession, "orders",
             "Move an order along its lifecycle (needs version)", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("order"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto status = body->String("status", true, 16);
               auto version = body->Int("version", true);
               auto note = body->String("note", false, 500);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto order = s.orders.Transition(*ctx.actor, *id, *status, static_cast<int>(*version), note);
               if (!order.ok()) return Problem(ctx, order.error());
               return JsonResponse(200, crm::OrderToJson(order.value()));
             });

  router.Add("GET", "/api/v1/sales/summary", Access::kSession, "orders", "Home page figures within the caller's scope",
             [&s](Context& ctx) {
               auto summary = crm::SalesSummary(s.db, *ctx.actor);
               if (!summary.ok()) return Problem(ctx, summary.error());
               return JsonResponse(200, summary.value());
             });
}

}  // namespace salient::api
