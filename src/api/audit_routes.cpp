// The audit log (admins).
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/reply.hpp"
#include "auth/audit.hpp"
#include "core/json.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {
json::value AuditJson(const auth::AuditEntry& e) {
  auto parsed = [](const std::string& text) -> json::value {
    if (text.empty()) return nullptr;
    auto v = core::ParseJson(text);
    return v ? *v : json::value(nullptr);
  };
  return {{"id", core::IdValue(e.id)},
          {"at", core::TimeValue(e.at)},
          {"actor_id", core::OptionalIdValue(e.actor_id)},
          {"actor_name", e.actor_name},
          {"action", e.action},
          {"object", e.object},
          {"object_id", core::OptionalIdValue(e.object_id)},
          {"before", parsed(e.before_json)},
          {"after", parsed(e.after_json)},
          {"request_id", e.request_id}};
}
}  // namespace

void AddAuditRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/audit-log", Access::kSession, "audit", "Audit log (object, object_id, actor_id)",
             [&s](Context& ctx) {
               auth::AuditQuery query;
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               query.list = list.value();
               query.object = ctx.request.Query("object").value_or("");
               auto object_id = QueryId(ctx.request, "object_id");
               if (!object_id.ok()) return Problem(ctx, object_id.error());
               query.object_id = object_id.value();
               auto actor_id = QueryId(ctx.request, "actor_id");
               if (!actor_id.ok()) return Problem(ctx, actor_id.error());
               query.actor_id = actor_id.value();
               auto page = auth::ListAudit(s.db, *ctx.actor, query);
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), AuditJson);
             });
}

}  // namespace salient::api
