// The caller's notifications (the bell).
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
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

  router.Add("GET", "/api/v1/me/notification-preferences", Access::kSession, "notifications",
             "Which kinds of notification the caller receives", [&s](Context& ctx) {
               auto prefs = s.notifications.Preferences(*ctx.actor);
               if (!prefs.ok()) return Problem(ctx, prefs.error());
               return JsonResponse(200, prefs.value());
             });
  router.Add("PUT", "/api/v1/me/notification-preferences", Access::kSession, "notifications",
             "Turn kinds on or off {items: [{kind, enabled}]}", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               std::vector<std::pair<std::string, bool>> items;
               body->Each("items", true, [&](BodyReader& item) {
                 auto kind = item.String("kind", true, 40);
                 auto enabled = item.Bool("enabled", true);
                 item.Raw("locked");  // echoed back by clients that PUT what they GET
                 items.emplace_back(kind.value_or(""), enabled.value_or(true));
               });
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto prefs = s.notifications.SetPreferences(*ctx.actor, items);
               if (!prefs.ok()) return Problem(ctx, prefs.error());
               return JsonResponse(200, prefs.value());
             });

  router.Add("POST", "/api/v1/notifications/read-all", Access::kSession, "notifications", "Mark all as read",
             [&s](Context& ctx) {
               if (auto done = s.notifications.MarkAllRead(*ctx.actor); !done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });
}

}  // namespace salient::api
