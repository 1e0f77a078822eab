// The product catalogue.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/export.hpp"
#include "api/reply.hpp"

namespace salient::api {

namespace {
crm::ProductInput ReadProduct(BodyReader& body, bool create) {
  crm::ProductInput in;
  if (!create) in.version = static_cast<int>(body.Int("version", true).value_or(0));
  in.code = body.String("code", create, 32);
  in.name = body.String("name", create, 200);
  in.product_line = body.String("product_line", create, 64);
  in.category = body.String("category", create, 64);
  in.sub_category = body.String("sub_category", false, 64);
  in.unit = body.String("unit", false, 16);
  in.list_price = body.Money("list_price", create);
  in.cost_price = body.Money("cost_price");
  in.active = body.Bool("active");
  return in;
}
core::Result<crm::ProductQuery> ProductQueryFrom(const Request& request) {
  crm::ProductQuery q;
  auto list = ParseListParams(request);
  if (!list.ok()) return list.error();
  q.list = list.value();
  q.product_line = request.Query("product_line").value_or("");
  q.category = request.Query("category").value_or("");
  auto active = QueryBool(request, "active");
  if (!active.ok()) return active.error();
  q.active = active.value();
  return q;
}

}  // namespace

void AddProductRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/products", Access::kSession, "products", "List products (q, product_line, category, active)",
             [&s](Context& ctx) {
               auto q = ProductQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               auto page = s.products.List(*ctx.actor, q.value());
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), [&](const crm::Product& p) { return crm::ProductToJson(p, *ctx.actor); });
             });

  router.Add("GET", "/api/v1/products/export", Access::kSession, "products", "Export the product list (format=csv|xlsx)",
             [&s](Context& ctx) {
               auto q = ProductQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return ExportResponse(ctx, "product", "products", q->list, [&](const core::ListParams& page) {
                 crm::ProductQuery paged = q.value();
                 paged.list = page;
                 return Rows(s.products.List(*ctx.actor, paged),
                             [&](const crm::Product& p) { return crm::ProductToJson(p, *ctx.actor); });
               });
             });

  router.Add("POST", "/api/v1/products", Access::kSession, "products", "Create a product", [&s](Context& ctx) {
    auto body = BodyReader::Parse(ctx.request);
    if (!body.ok()) return Problem(ctx, body.error());
    crm::ProductInput in = ReadProduct(body.value(), true);
    if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
    auto p = s.products.Create(*ctx.actor, in);
    if (!p.ok()) return Problem(ctx, p.error());
    return JsonResponse(201, crm::ProductToJson(p.value(), *ctx.actor));
  });

  router.Add("GET", "/api/v1/products/{id}", Access::kSession, "products", "Get a product", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("product"));
    auto p = s.products.Get(*ctx.actor, *id);
    if (!p.ok()) return Problem(ctx, p.error());
    return JsonResponse(200, crm::ProductToJson(p.value(), *ctx.actor));
  });

  router.Add("PATCH", "/api/v1/products/{id}", Access::kSession, "products", "Update a product (needs version)",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("product"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               crm::ProductInput in = ReadProduct(body.value(), false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto p = s.products.Update(*ctx.actor, *id, in);
               if (!p.ok()) return Problem(ctx, p.error());
               return JsonResponse(200, crm::ProductToJson(p.value(), *ctx.actor));
             });
}

}  // namespace salient::api

namespace salient::api {

namespace {
crm::PriceListInput ReadPriceList(BodyReader& body, bool create) {
  crm::PriceListInput in;
  if (!create) in.version = static_cast<int>(body.Int("version", true).value_or(0));
  in.name = body.String("name", create, 64);
  in.channel = body.NullableString("channel", 16);
  in.zone_id = body.NullableId("zone_id");
  in.active = body.Bool("active");
  if (body.Has("items")) {
    std::vector<std::pair<core::Id, core::MinorUnits>> items;
    body.Each("items", false, [&](BodyReader& item) {
      items.emplace_back(item.Id("product_id", true).value_or(0), item.Money("price", true).value_or(0));
    });
    in.items = std::move(items);
  }
  return in;
}
}  // namespace

void AddPriceListRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/price-lists", Access::kSession, "products", "Price lists (without items)", [&s](Context& ctx) {
    auto lists = s.price_lists.List(*ctx.actor);
    if (!lists.ok()) return Problem(ctx, lists.error());
    return PageResponse(core::WholeList(lists.value()), crm::PriceListToJson);
  });
  router.Add("POST", "/api/v1/price-lists", Access::kSession, "products",
             "Create a price list {name, channel?, zone_id?, items: [{product_id, price}]}", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto in = ReadPriceList(body.value(), true);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto l = s.price_lists.Create(*ctx.actor, in);
               if (!l.ok()) return Problem(ctx, l.error());
               return JsonResponse(201, crm::PriceListToJson(l.value()));
             });
  router.Add("GET", "/api/v1/price-lists/{id}", Access::kSession, "products", "A price list with its items",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("price list"));
               auto l = s.price_lists.Get(*ctx.actor, *id);
               if (!l.ok()) return Problem(ctx, l.error());
               return JsonResponse(200, crm::PriceListToJson(l.value()));
             });
  router.Add("PATCH", "/api/v1/price-lists/{id}", Access::kSession, "products",
             "Update a price list; items, when given, replace all items (needs version)", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("price list"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto in = ReadPriceList(body.value(), false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto l = s.price_lists.Update(*ctx.actor, *id, in);
               if (!l.ok()) return Problem(ctx, l.error());
               return JsonResponse(200, crm::PriceListToJson(l.value()));
             });
  router.Add("DELETE", "/api/v1/price-lists/{id}", Access::kSession, "products",
             "Delete a price list (quotes and orders keep their prices)", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("price list"));
               if (auto done = s.price_lists.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });
}

}  // namespace salient::api
