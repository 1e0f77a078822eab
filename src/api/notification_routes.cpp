// The caller's notifications (the bell).
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/reply.hpp"

namespace salient::api {

void AddNotificationRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/notifications", Access::kSession, "notifications",
             "The caller's notifications, newest first (unread=true)", [&s](Context& ctx) {
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               auto unread = QueryBool(ctx.request, "unread");
               if (!unread.ok()) return Problem(ctx, unread.error());
               auto listing = s.notifications.List(*ctx.actor, unread.value().value_or(false), list.value());
               if (!listing.ok()) return Problem(ctx, listing.error());
               Response r = PageResponse(listing->page, workflow::NotificationToJson);
               auto body = boost::json::parse(r.body).as_object();
               body["unread"] = listing->unread;
               r.body = boost::json::serialize(body);
               return r;
             });

  router.Add("POST", "/api/v1/notifications/{id}/read", Access::kSession, "notifications", "Mark one as read",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("notification"));
               if (auto done = s.notifications.MarkRead(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });

  router.Add("POST", "/api/v1/notifications/read-all", Access::kSession, "notifications", "Mark all as read",
             [&s](Context& ctx) {
               if (auto done = s.notifications.MarkAllRead(*ctx.actor); !done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });
}

}  // namespace salient::api
