// Saved list views (per user).
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

namespace {
meta::SavedViewInput ReadView(BodyReader& body, bool create) {
  meta::SavedViewInput in;
  if (!create) in.version = static_cast<int>(body.Int("version", true).value_or(0));
  in.object = body.String("object", create, 32);
  in.name = body.String("name", create, 64);
  in.query = body.Raw("query", create);
  in.is_default = body.Bool("is_default");
  return in;
}
}  // namespace

void AddViewRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/saved-views", Access::kSession, "views", "The caller's saved views (object=customer…)",
             [&s](Context& ctx) {
               auto views = s.views.List(*ctx.actor, ctx.request.Query("object").value_or(""));
               if (!views.ok()) return Problem(ctx, views.error());
               auto page = core::WholeList(views.value());
               return PageResponse(page, meta::SavedViewToJson);
             });
  router.Add("POST", "/api/v1/saved-views", Access::kSession, "views", "Save a list view", [&s](Context& ctx) {
    auto body = BodyReader::Parse(ctx.request);
    if (!body.ok()) return Problem(ctx, body.error());
    auto in = ReadView(body.value(), true);
    if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
    auto v = s.views.Create(*ctx.actor, in);
    if (!v.ok()) return Problem(ctx, v.error());
    return JsonResponse(201, meta::SavedViewToJson(v.value()));
  });
  router.Add("PATCH", "/api/v1/saved-views/{id}", Access::kSession, "views", "Rename or change a saved view",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("saved view"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto in = ReadView(body.value(), false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto v = s.views.Update(*ctx.actor, *id, in);
               if (!v.ok()) return Problem(ctx, v.error());
               return JsonResponse(200, meta::SavedViewToJson(v.value()));
             });
  router.Add("DELETE", "/api/v1/saved-views/{id}", Access::kSession, "views", "Delete a saved view", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("saved view"));
    if (auto done = s.views.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
    return NoContent();
  });
}

}  // namespace salient::api
