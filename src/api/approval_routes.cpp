// Authority limits (the "power list") and approvals.
#include <boost/json.hpp>

#include <cmath>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"
#include "org/authority_limits.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

json::value LimitsJson(const std::vector<org::AuthorityLimit>& limits) {
  json::array items;
  for (const auto& a : limits) items.push_back(org::AuthorityLimitToJson(a));
  return json::object{{"items", std::move(items)}};
}

int BasisPoints(double pct) { return static_cast<int>(std::lround(pct * 100)); }

// Reads `{comment?}` (or `{comment}` when required) from an approval action's body.
core::Result<std::optional<std::string>> ReadComment(const Request& request) {
  if (request.body.empty()) return std::optional<std::string>{};
  auto body = BodyReader::Parse(request);
  if (!body.ok()) return body.error();
  auto comment = body->String("comment", false, 2000);
  if (auto done = body->Finish(); !done.ok()) return done.error();
  return comment;
}

}  // namespace

void AddApprovalRoutes(Router& router, Services& s) {
  const auto object_of = [](const Context& ctx) { return ctx.request.params.at("object"); };
  router.Add("GET", "/api/v1/approval-chains/{object}", Access::kSession, "workflow",
             "Who approves a quote beyond authority: the chain in force with its versions", [&s, object_of](Context& ctx) {
               return Reply(ctx, s.approval_chains.Get(*ctx.actor, object_of(ctx)));
             });
  router.Add("POST", "/api/v1/approval-chains/{object}/validate", Access::kSession, "workflow",
             "Check a chain without saving {steps}: {ok, errors: [{field, message, position?}]}",
             [&s, object_of](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               const auto* steps = body->Raw("steps", true);
               body->Raw("version");
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.approval_chains.Validate(*ctx.actor, object_of(ctx), *steps));
             });
  router.Add("PUT", "/api/v1/approval-chains/{object}", Access::kSession, "workflow",
             "Save the chain as a new version {version, steps}", [&s, object_of](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               const auto version = body->Int("version", true);
               const auto* steps = body->Raw("steps", true);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.approval_chains.Replace(*ctx.actor, object_of(ctx), static_cast<int>(*version), *steps));
             });
  router.Add("GET", "/api/v1/authority-limits", Access::kSession, "workflow",
             "Discount and pricing authority per zone and product line", [&s](Context& ctx) {
               auto limits = org::ListAuthorityLimits(s.db, *ctx.actor);
               if (!limits.ok()) return Problem(ctx, limits.error());
               return JsonResponse(200, LimitsJson(limits.value()));
             });
  router.Add("PUT", "/api/v1/authority-limits", Access::kSession, "workflow",
             "Replace the authority limits {items: [...]}", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               std::vector<org::AuthorityLimit> limits;
               body->Each("items", true, [&](BodyReader& item) {
                 org::AuthorityLimit a;
                 a.zone_id = item.NullableId("zone_id").value_or(std::nullopt);
                 a.product_line = item.String("product_line", false, 100).value_or("");
                 a.rep_max_discount_bp = BasisPoints(item.Double("rep_max_discount_pct", true).value_or(0));
                 a.manager_max_discount_bp = BasisPoints(item.Double("manager_max_discount_pct", true).value_or(0));
                 a.price_floor_bp = BasisPoints(item.Double("price_floor_pct", false).value_or(0));
                 a.discount_forbidden = item.Bool("discount_forbidden", false).value_or(false);
                 if (const auto* amount = item.Raw("director_above_amount")) {
                   if (amount->is_int64()) a.director_above_amount = amount->as_int64();
                   else if (!amount->is_null()) item.Invalid("director_above_amount", "must be an integer amount in minor units or null");
                 }
                 item.Raw("zone_name");  // echoed back by clients that PUT what they GET
                 limits.push_back(std::move(a));
               });
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               if (auto replaced = org::ReplaceAuthorityLimits(s.db, *ctx.actor, limits); !replaced.ok())
                 return Problem(ctx, replaced.error());
               auto saved = org::ListAuthorityLimits(s.db, *ctx.actor);
               if (!saved.ok()) return Problem(ctx, saved.error());
               return JsonResponse(200, LimitsJson(saved.value()));
             });

  router.Add("GET", "/api/v1/approvals", Access::kSession, "workflow",
             "Approvals: status=pending (what the caller may decide), mine=true, object/object_id", [&s](Context& ctx) {
               workflow::ApprovalQuery query;
               const auto status = ctx.request.Query("status");
               if (status && *status != "pending")
                 return Problem(ctx, core::Error::Invalid("status", "only 'pending' filters approvals"));
               query.pending_for_me = status.has_value();
               auto mine = QueryBool(ctx.request, "mine");
               if (!mine.ok()) return Problem(ctx, mine.error());
               query.mine = mine->value_or(false);
               query.object = ctx.request.Query("object").value_or("");
               auto object_id = QueryId(ctx.request, "object_id");
               if (!object_id.ok()) return Problem(ctx, object_id.error());
               query.object_id = object_id.value();
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               query.limit = list->limit;
               return Reply(ctx, s.approvals.List(*ctx.actor, query));
             });
  router.Add("GET", "/api/v1/approvals/{id}", Access::kSession, "workflow", "An approval with its steps",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("approval"));
               return Reply(ctx, s.approvals.Get(*ctx.actor, *id));
             });
  for (const bool approve : {true, false}) {
    router.Add("POST", std::string("/api/v1/approvals/{id}/") + (approve ? "approve" : "reject"), Access::kSession,
               "workflow", approve ? "Approve the caller's step {comment?}" : "Reject {comment}",
               [&s, approve](Context& ctx) {
                 auto id = PathId(ctx);
                 if (!id) return Problem(ctx, core::Error::NotFound("approval"));
                 auto comment = ReadComment(ctx.request);
                 if (!comment.ok()) return Problem(ctx, comment.error());
                 return Reply(ctx, s.approvals.Decide(*ctx.actor, *id, approve, comment.value()));
               });
  }
  router.Add("POST", "/api/v1/approvals/{id}/delegate", Access::kSession, "workflow",
             "Hand the caller's step to another user {user_id, comment?}", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("approval"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto user = body->Id("user_id", true);
               auto comment = body->String("comment", false, 2000);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               return Reply(ctx, s.approvals.Delegate(*ctx.actor, *id, *user, comment));
             });
  router.Add("POST", "/api/v1/approvals/{id}/recall", Access::kSession, "workflow",
             "The submitter withdraws a pending request", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("approval"));
               return Reply(ctx, s.approvals.Recall(*ctx.actor, *id));
             });
}

}  // namespace salient::api
