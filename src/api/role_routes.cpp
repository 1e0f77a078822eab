// Roles and their permission matrix.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {
json::value RoleJson(const auth::RoleDefinition& role) {
  return {{"name", role.name},         {"label_zh", role.label_zh},
          {"label_en", role.label_en}, {"builtin", role.builtin},
          {"version", role.version},   {"permissions", auth::GrantsToJson(role)},
          {"hidden_fields", auth::HiddenFieldsToJson(role)}};
}
}  // namespace

void AddRoleRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/roles", Access::kSession, "roles", "Roles with permissions, plus the catalogue of objects",
             [&s](Context& ctx) {
               if (auto allowed = ctx.actor->Require("role", auth::Action::kRead); !allowed.ok())
                 return Problem(ctx, allowed.error());
               auto roles = s.roles.List();
               if (!roles.ok()) return Problem(ctx, roles.error());
               json::array items, objects, actions;
               for (const auto& role : roles.value()) items.push_back(RoleJson(*role));
               for (const auto& o : auth::AllObjects()) objects.emplace_back(o);
               for (auto a : auth::AllActions()) actions.emplace_back(auth::ActionName(a));
               return JsonResponse(200, json::object{{"items", items},
                                                     {"total", items.size()},
                                                     {"next_cursor", nullptr},
                                                     {"objects", objects},
                                                     {"actions", actions},
                                                     {"scopes", {"none", "own", "zone", "subtree", "all"}}});
             });

  router.Add("PUT", "/api/v1/roles/{name}", Access::kSession, "roles", "Replace a role's permissions (needs version)",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto version = body->Int("version", true);
               const auto* permissions = body->Raw("permissions", true);
               const auto* hidden = body->Raw("hidden_fields", false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               const json::value no_hidden = json::object{};
               auto role = s.roles.Update(*ctx.actor, ctx.request.params.at("name"), static_cast<int>(*version),
                                          *permissions, hidden ? *hidden : no_hidden);
               if (!role.ok()) return Problem(ctx, role.error());
               return JsonResponse(200, RoleJson(*role.value()));
             });
}

}  // namespace salient::api
