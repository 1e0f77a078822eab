// Orders and the sales summary.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/export.hpp"
#include "api/reply.hpp"
#include "core/time.hpp"
#include "crm/sales_summary.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {
core::Result<std::optional<core::Millis>> QueryDate(const Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text || text->empty()) return std::optional<core::Millis>();
  auto at = core::ParseIso(*text);
  if (!at) return core::Error::Invalid(name, "must be a date (YYYY-MM-DD)");
  return std::optional<core::Millis>(at);
}
core::Result<crm::OrderQuery> OrderQueryFrom(const Request& request) {
  crm::OrderQuery q;
  auto list = ParseListParams(request);
  if (!list.ok()) return list.error();
  q.list = list.value();
  q.status = request.Query("status").value_or("");
  q.channel = request.Query("channel").value_or("");
  if (auto s = QueryIds(request, {{"customer_id", &q.customer_id}, {"zone_id", &q.zone_id}, {"owner_id", &q.owner_id}}); !s.ok())
    return s.error();
  auto from = QueryDate(request, "from");
  if (!from.ok()) return from.error();
  auto to = QueryDate(request, "to");
  if (!to.ok()) return to.error();
  q.from = from.value();
  q.to = to.value();
  return q;
}

}  // namespace

void AddOrderRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/orders", Access::kSession, "orders",
             "List orders (q, status, channel, customer_id, zone_id, owner_id, from, to, cursor)", [&s](Context& ctx) {
               auto q = OrderQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               auto page = s.orders.List(*ctx.actor, q.value());
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), crm::AppendOrderJson);
             });

  router.Add("GET", "/api/v1/orders/export", Access::kSession, "orders", "Export the filtered order list (format=csv|xlsx)",
             [&s](Context& ctx) {
               auto q = OrderQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return ExportResponse(ctx, "order", "orders", q->list, [&](const core::ListParams& page) {
                 crm::OrderQuery paged = q.value();
                 paged.list = page;
                 return Rows(s.orders.List(*ctx.actor, paged), crm::OrderToJson);
               });
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

  router.Add("POST", "/api/v1/orders/{id}/tracking-link", Access::kSession, "orders",
             "The customer's tracking link for the order {path}", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("order"));
               auto token = s.orders.TrackingToken(*ctx.actor, *id);
               if (!token.ok()) return Problem(ctx, token.error());
               return JsonResponse(200, json::object{{"token", token.value()}, {"path", "/track/" + token.value()}});
             });
  router.Add("GET", "/api/v1/track/{token}", Access::kPublic, "orders",
             "Order tracking for the customer, without login (no prices, no people)", [&s](Context& ctx) {
               auto token = ctx.request.params.find("token");
               if (token == ctx.request.params.end()) return Problem(ctx, core::Error::NotFound("order"));
               auto tracked = s.orders.Track(token->second);
               if (!tracked.ok()) return Problem(ctx, tracked.error());
               return JsonResponse(200, tracked.value());
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
