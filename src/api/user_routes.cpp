// User administration.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

void AddUserRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/directory", Access::kSession, "users",
             "Colleagues to mention or message (q): id, username, display name, role, zone", [&s](Context& ctx) {
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               return Reply(ctx, s.users.Directory(*ctx.actor, list->q, list->limit));
             });
  router.Add("GET", "/api/v1/users", Access::kSession, "users", "List users (q, role, zone_id, active)",
             [&s](Context& ctx) {
               auth::UserQuery query;
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               query.list = list.value();
               query.role = ctx.request.Query("role").value_or("");
               auto zone = QueryId(ctx.request, "zone_id");
               if (!zone.ok()) return Problem(ctx, zone.error());
               query.zone_id = zone.value();
               auto active = QueryBool(ctx.request, "active");
               if (!active.ok()) return Problem(ctx, active.error());
               query.active = active.value();
               auto page = s.users.List(*ctx.actor, query);
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), auth::UserToJson);
             });

  router.Add("POST", "/api/v1/users", Access::kSession, "users", "Create a user", [&s](Context& ctx) {
    auto body = BodyReader::Parse(ctx.request);
    if (!body.ok()) return Problem(ctx, body.error());
    auth::NewUser user;
    user.username = body->String("username", true, 32).value_or("");
    user.password = body->String("password", true, 256).value_or("");
    user.display_name = body->String("display_name", true, 64).value_or("");
    user.role = body->String("role", true, 32).value_or("");
    user.zone_id = body->NullableId("zone_id").value_or(std::nullopt);
    user.email = body->NullableString("email", 254).value_or(std::nullopt);
    user.phone = body->NullableString("phone", 24).value_or(std::nullopt);
    user.locale = body->String("locale", false, 8).value_or("zh-CN");
    user.time_zone = body->String("time_zone", false, 64).value_or("Asia/Shanghai");
    if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
    auto created = s.users.Create(*ctx.actor, user);
    if (!created.ok()) return Problem(ctx, created.error());
    return JsonResponse(201, auth::UserToJson(created.value()));
  });

  router.Add("GET", "/api/v1/users/{id}", Access::kSession, "users", "Get a user", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("user"));
    auto user = s.users.Get(*ctx.actor, *id);
    if (!user.ok()) return Problem(ctx, user.error());
    return JsonResponse(200, auth::UserToJson(user.value()));
  });

  router.Add("PATCH", "/api/v1/users/{id}", Access::kSession, "users", "Update a user (needs version)",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("user"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auth::UserPatch patch;
               patch.version = static_cast<int>(body->Int("version", true).value_or(0));
               patch.display_name = body->String("display_name", false, 64);
               patch.email = body->NullableString("email", 254);
               patch.phone = body->NullableString("phone", 24);
               patch.locale = body->String("locale", false, 8);
               patch.time_zone = body->String("time_zone", false, 64);
               patch.role = body->String("role", false, 32);
               patch.zone_id = body->NullableId("zone_id");
               patch.active = body->Bool("active");
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto user = s.users.Update(*ctx.actor, *id, patch);
               if (!user.ok()) return Problem(ctx, user.error());
               return JsonResponse(200, auth::UserToJson(user.value()));
             });

  router.Add("POST", "/api/v1/users/{id}/password", Access::kSession, "users",
             "Reset a user's password (unlocks, revokes sessions)", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("user"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto password = body->String("new_password", true, 256);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               if (auto set = s.users.SetPassword(*ctx.actor, *id, *password); !set.ok())
                 return Problem(ctx, set.error());
               return NoContent();
             });

  router.Add("DELETE", "/api/v1/users/{id}", Access::kSession, "users", "Deactivate a user", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("user"));
    if (auto done = s.users.Deactivate(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
    return NoContent();
  });
}

}  // namespace salient::api
