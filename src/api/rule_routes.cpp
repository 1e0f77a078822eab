// Workflow rules: definitions, validation, topics, run log and test runs.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

// Reads a rule definition; `version` too when `with_version`.
std::optional<workflow::RuleDefinition> ReadRule(BodyReader& body, std::optional<std::int64_t>* version) {
  workflow::RuleDefinition rule;
  if (version) *version = body.Int("version", true);
  rule.name = body.String("name", true, 200).value_or("");
  rule.description = body.String("description", false, 2000).value_or("");
  rule.trigger_topic = body.String("trigger_topic", true, 100).value_or("");
  rule.condition = body.String("condition", false, 4000).value_or("");
  rule.enabled = body.Bool("enabled", false).value_or(true);
  if (const auto* actions = body.Raw("actions", true)) {
    if (actions->is_array()) rule.actions = actions->as_array();
    else body.Invalid("actions", "must be an array");
  }
  for (const char* echoed : {"id", "builtin_key", "updated_at", "updated_by_name", "versions"}) body.Raw(echoed);
  return rule;
}

}  // namespace

void AddRuleRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/rules", Access::kSession, "workflow", "Workflow rules", [&s](Context& ctx) {
    return Reply(ctx, s.rules.List(*ctx.actor));
  });
  router.Add("GET", "/api/v1/rules/topics", Access::kSession, "workflow", "Trigger topics and the fields each offers",
             [&s](Context& ctx) {
               return Reply(ctx, s.rules.Topics(*ctx.actor));
             });
  router.Add("POST", "/api/v1/rules/validate", Access::kSession, "workflow",
             "Check a definition without saving: {ok, errors: [{field, message, position?}]}", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto rule = ReadRule(body.value(), nullptr);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.rules.Validate(*ctx.actor, *rule));
             });
  router.Add("POST", "/api/v1/rules", Access::kSession, "workflow", "Create a rule", [&s](Context& ctx) {
    auto body = BodyReader::Parse(ctx.request);
    if (!body.ok()) return Problem(ctx, body.error());
    auto rule = ReadRule(body.value(), nullptr);
    if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
    return Reply(ctx, s.rules.Create(*ctx.actor, *rule), 201);
  });
  router.Add("GET", "/api/v1/rules/{id}", Access::kSession, "workflow", "A rule with its versions", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("rule"));
    return Reply(ctx, s.rules.Get(*ctx.actor, *id));
  });
  router.Add("PUT", "/api/v1/rules/{id}", Access::kSession, "workflow", "Save a new version of a rule {version, ...}",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("rule"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               std::optional<std::int64_t> version;
               auto rule = ReadRule(body.value(), &version);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.rules.Update(*ctx.actor, *id, static_cast<int>(*version), *rule));
             });
  router.Add("GET", "/api/v1/rules/{id}/runs", Access::kSession, "workflow", "The rule's run log, newest first",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("rule"));
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               return Reply(ctx, s.rules.Runs(*ctx.actor, *id, list->limit));
             });
  router.Add("POST", "/api/v1/rules/{id}/run-now", Access::kSession, "workflow",
             "Run a daily (reminder) rule's scan now: {queued}", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("rule"));
               return Reply(ctx, s.rules.RunNow(*ctx.actor, *id));
             });
  router.Add("POST", "/api/v1/rules/{id}/test-run", Access::kSession, "workflow",
             "What the rule would do for a record {object_id}, without doing it", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("rule"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto object_id = body->Id("object_id", true);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.rules.TestRun(*ctx.actor, *id, *object_id));
             });
}

}  // namespace salient::api
