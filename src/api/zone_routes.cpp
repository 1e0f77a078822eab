// The org tree.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

void AddZoneRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/zones", Access::kSession, "zones", "The org tree as a flat list", [&s](Context& ctx) {
    auto zones = s.zones.List(*ctx.actor);
    if (!zones.ok()) return Problem(ctx, zones.error());
    auto page = core::WholeList(zones.value());
    return PageResponse(page, org::ZoneToJson);
  });

  router.Add("POST", "/api/v1/zones", Access::kSession, "zones", "Create a company, region or zone",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               org::NewZone zone;
               zone.parent_id = body->NullableId("parent_id").value_or(std::nullopt);
               zone.kind = body->String("kind", true, 16).value_or("");
               zone.name = body->String("name", true, 64).value_or("");
               zone.code = body->String("code", true, 32).value_or("");
               zone.manager_id = body->NullableId("manager_id").value_or(std::nullopt);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto created = s.zones.Create(*ctx.actor, zone);
               if (!created.ok()) return Problem(ctx, created.error());
               return JsonResponse(201, org::ZoneToJson(created.value()));
             });

  router.Add("PATCH", "/api/v1/zones/{id}", Access::kSession, "zones", "Rename, move or re-staff a zone",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("zone"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               org::ZonePatch patch;
               patch.version = static_cast<int>(body->Int("version", true).value_or(0));
               patch.name = body->String("name", false, 64);
               patch.code = body->String("code", false, 32);
               patch.manager_id = body->NullableId("manager_id");
               patch.parent_id = body->NullableId("parent_id");
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto zone = s.zones.Update(*ctx.actor, *id, patch);
               if (!zone.ok()) return Problem(ctx, zone.error());
               return JsonResponse(200, org::ZoneToJson(zone.value()));
             });

  router.Add("DELETE", "/api/v1/zones/{id}", Access::kSession, "zones", "Delete an empty zone", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("zone"));
    if (auto done = s.zones.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
    return NoContent();
  });
}

}  // namespace salient::api
