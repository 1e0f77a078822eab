// Webhooks out: subscriptions, delivery log, replay.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

namespace {

workflow::WebhookDefinition ReadWebhook(BodyReader& body) {
  workflow::WebhookDefinition w;
  w.name = body.String("name", true, 200).value_or("");
  w.url = body.String("url", true, 2000).value_or("");
  w.topics = body.StringList("topics", 50, 64).value_or(std::vector<std::string>{});
  w.active = body.Bool("active", false).value_or(true);
  return w;
}

}  // namespace

void AddWebhookRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/webhooks", Access::kSession, "workflow", "Webhook subscriptions", [&s](Context& ctx) {
    return Reply(ctx, s.webhooks.List(*ctx.actor));
  });
  router.Add("POST", "/api/v1/webhooks", Access::kSession, "workflow",
             "Subscribe {name, url, topics, active?}; the answer shows the signing secret once", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto webhook = ReadWebhook(body.value());
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.webhooks.Create(*ctx.actor, webhook), 201);
             });
  router.Add("PUT", "/api/v1/webhooks/{id}", Access::kSession, "workflow", "Change a subscription {version, ...}",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("webhook"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto version = body->Int("version", true);
               auto webhook = ReadWebhook(body.value());
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.webhooks.Update(*ctx.actor, *id, static_cast<int>(*version), webhook));
             });
  router.Add("DELETE", "/api/v1/webhooks/{id}", Access::kSession, "workflow", "Remove a subscription", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("webhook"));
    if (auto done = s.webhooks.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
    return NoContent();
  });
  router.Add("GET", "/api/v1/webhooks/{id}/deliveries", Access::kSession, "workflow",
             "Delivery log with response codes, newest first", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("webhook"));
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               return Reply(ctx, s.webhooks.Deliveries(*ctx.actor, *id, list->limit));
             });
  router.Add("POST", "/api/v1/webhooks/{id}/deliveries/{delivery_id}/replay", Access::kSession, "workflow",
             "Send a delivery again", [&s](Context& ctx) {
               auto id = PathId(ctx);
               auto delivery = PathId(ctx, "delivery_id");
               if (!id || !delivery) return Problem(ctx, core::Error::NotFound("delivery"));
               return Reply(ctx, s.webhooks.Replay(*ctx.actor, *id, *delivery), 202);
             });
}

}  // namespace salient::api
