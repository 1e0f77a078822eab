// Cross-department tasks.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

// {version, outcome?} bodies of the task actions.
template <typename Fn>
Response WithTaskVersion(Context& ctx, Fn&& action) {
  auto id = PathId(ctx);
  if (!id) return Problem(ctx, core::Error::NotFound("task"));
  auto body = BodyReader::Parse(ctx.request);
  if (!body.ok()) return Problem(ctx, body.error());
  auto version = body->Int("version", true);
  auto outcome = body->String("outcome", false, 2000);
  if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
  auto task = action(*id, static_cast<int>(*version), outcome);
  if (!task.ok()) return Problem(ctx, task.error());
  return JsonResponse(200, task.value());
}

}  // namespace

void AddTaskRoutes(Router& router, Services& s) {
  router.Add("GET", "/api/v1/tasks", Access::kSession, "workflow",
             "Tasks (mine=true: assigned to the caller or in their role's queue; status, type, department, object, object_id)",
             [&s](Context& ctx) {
               workflow::TaskQuery query;
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               query.list = list.value();
               auto mine = QueryBool(ctx.request, "mine");
               if (!mine.ok()) return Problem(ctx, mine.error());
               query.mine = mine->value_or(false);
               query.status = ctx.request.Query("status").value_or("");
               query.type = ctx.request.Query("type").value_or("");
               query.department = ctx.request.Query("department").value_or("");
               query.object = ctx.request.Query("object").value_or("");
               auto object_id = QueryId(ctx.request, "object_id");
               if (!object_id.ok()) return Problem(ctx, object_id.error());
               query.object_id = object_id.value();
               return Reply(ctx, s.tasks.List(*ctx.actor, query));
             });
  router.Add("GET", "/api/v1/tasks/metrics", Access::kSession, "workflow",
             "Average handling time per department and ISO week, open and overdue counts (weeks=12)", [&s](Context& ctx) {
               int weeks = 12;
               if (auto w = ctx.request.Query("weeks")) {
                 try {
                   weeks = std::stoi(*w);
                 } catch (const std::exception&) {
                   return Problem(ctx, core::Error::Invalid("weeks", "must be a whole number"));
                 }
               }
               return Reply(ctx, s.tasks.Metrics(*ctx.actor, weeks));
             });
  router.Add("GET", "/api/v1/tasks/{id}", Access::kSession, "workflow", "A task with its comments", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("task"));
    return Reply(ctx, s.tasks.Get(*ctx.actor, *id));
  });
  router.Add("POST", "/api/v1/tasks/{id}/claim", Access::kSession, "workflow", "Take a queue task {version}",
             [&s](Context& ctx) {
               return WithTaskVersion(ctx, [&](core::Id id, int version, auto) { return s.tasks.Claim(*ctx.actor, id, version); });
             });
  router.Add("POST", "/api/v1/tasks/{id}/complete", Access::kSession, "workflow", "Mark done {version, outcome?}",
             [&s](Context& ctx) {
               return WithTaskVersion(ctx, [&](core::Id id, int version, std::optional<std::string> outcome) {
                 return s.tasks.Finish(*ctx.actor, id, version, true, outcome);
               });
             });
  router.Add("POST", "/api/v1/tasks/{id}/cancel", Access::kSession, "workflow", "Cancel {version, outcome}",
             [&s](Context& ctx) {
               return WithTaskVersion(ctx, [&](core::Id id, int version, std::optional<std::string> outcome) {
                 return s.tasks.Finish(*ctx.actor, id, version, false, outcome);
               });
             });
  router.Add("POST", "/api/v1/tasks/{id}/comments", Access::kSession, "workflow", "Comment on a task {body}",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("task"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto text = body->String("body", true, 4000);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.tasks.Comment(*ctx.actor, *id, *text), 201);
             });
}

}  // namespace salient::api
