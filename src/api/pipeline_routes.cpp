// Opportunities, visits and quotes.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/export.hpp"
#include "api/reply.hpp"
#include "core/time.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

// A date or time field ("2026-12-31" or ISO time) → millis; records a type error otherwise.
std::optional<core::Millis> ReadTime(BodyReader& body, const std::string& key, bool required = false) {
  auto text = body.String(key, required, 40);
  if (!text) return std::nullopt;
  auto at = core::ParseIso(*text);
  if (!at) body.Invalid(key, "must be a date (YYYY-MM-DD) or an ISO time");
  return at;
}

std::optional<std::optional<core::Millis>> ReadNullableTime(BodyReader& body, const std::string& key) {
  auto text = body.NullableString(key, 40);
  if (!text) return std::nullopt;
  if (!*text) return std::optional<std::optional<core::Millis>>(std::optional<core::Millis>());
  auto at = core::ParseIso(**text);
  if (!at) body.Invalid(key, "must be a date (YYYY-MM-DD) or an ISO time");
  return std::optional<std::optional<core::Millis>>(at);
}

std::vector<crm::NewOrderLine> ReadLines(BodyReader& body) {
  std::vector<crm::NewOrderLine> lines;
  body.Each("lines", true, [&](BodyReader& line) {
    crm::NewOrderLine l;
    l.product_id = line.Id("product_id", true).value_or(0);
    l.quantity = line.Int("quantity", true).value_or(0);
    l.discount_pct = line.Double("discount_pct").value_or(0);
    lines.push_back(l);
  });
  return lines;
}

crm::QuoteDraft ReadQuoteDraft(BodyReader& body) {
  crm::QuoteDraft draft;
  draft.customer_id = body.Id("customer_id", true).value_or(0);
  draft.opportunity_id = body.NullableId("opportunity_id").value_or(std::nullopt);
  draft.valid_until = ReadTime(body, "valid_until");
  draft.lines = ReadLines(body);
  return draft;
}

core::Result<crm::OpportunityQuery> OpportunityQueryFrom(const Request& request) {
  crm::OpportunityQuery q;
  auto list = ParseListParams(request);
  if (!list.ok()) return list.error();
  q.list = list.value();
  q.stage = request.Query("stage").value_or("");
  auto open = QueryBool(request, "open");
  if (!open.ok()) return open.error();
  q.open_only = open.value().value_or(false);
  if (auto s = QueryIds(request, {{"customer_id", &q.customer_id}, {"owner_id", &q.owner_id}, {"zone_id", &q.zone_id}}); !s.ok())
    return s.error();
  return q;
}

core::Result<crm::VisitQuery> VisitQueryFrom(const Request& request) {
  crm::VisitQuery q;
  auto list = ParseListParams(request);
  if (!list.ok()) return list.error();
  q.list = list.value();
  q.status = request.Query("status").value_or("");
  if (auto s = QueryIds(request, {{"customer_id", &q.customer_id}, {"owner_id", &q.owner_id}}); !s.ok()) return s.error();
  for (auto [name, target] : {std::pair{"from", &q.from}, {"to", &q.to}}) {
    auto text = request.Query(name);
    if (!text || text->empty()) continue;
    auto at = core::ParseIso(*text);
    if (!at) return core::Error::Invalid(name, "must be a date (YYYY-MM-DD)");
    *target = at;
  }
  return q;
}

core::Result<crm::QuoteQuery> QuoteQueryFrom(const Request& request) {
  crm::QuoteQuery q;
  auto list = ParseListParams(request);
  if (!list.ok()) return list.error();
  q.list = list.value();
  q.status = request.Query("status").value_or("");
  if (auto s = QueryIds(request, {{"customer_id", &q.customer_id}, {"owner_id", &q.owner_id}}); !s.ok()) return s.error();
  return q;
}

template <typename Fn>
Response WithVersion(Context& ctx, const char* what, Fn&& action) {
  auto id = PathId(ctx);
  if (!id) return Problem(ctx, core::Error::NotFound(what));
  auto body = BodyReader::Parse(ctx.request);
  if (!body.ok()) return Problem(ctx, body.error());
  auto version = body->Int("version", true);
  auto note = body->String("note", false, 500);
  if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
  return action(*id, static_cast<int>(*version), note);
}

}  // namespace

void AddPipelineRoutes(Router& router, Services& s) {
  // --- opportunities
  router.Add("GET", "/api/v1/opportunity-stages", Access::kSession, "opportunities", "Pipeline stages in order",
             [&s](Context& ctx) {
               auto stages = s.opportunities.Stages();
               if (!stages.ok()) return Problem(ctx, stages.error());
               auto page = core::WholeList(stages.value());
               return PageResponse(page, crm::StageToJson);
             });
  router.Add("GET", "/api/v1/opportunities", Access::kSession, "opportunities",
             "List opportunities (q, stage, open, customer_id, owner_id, zone_id)", [&s](Context& ctx) {
               auto q = OpportunityQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               auto page = s.opportunities.List(*ctx.actor, q.value());
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), crm::OpportunityToJson);
             });
  router.Add("GET", "/api/v1/opportunities/export", Access::kSession, "opportunities",
             "Export the filtered opportunity list (format=csv|xlsx)", [&s](Context& ctx) {
               auto q = OpportunityQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return ExportResponse(ctx, "opportunity", "opportunities", q->list, [&](const core::ListParams& page) {
                 crm::OpportunityQuery paged = q.value();
                 paged.list = page;
                 return Rows(s.opportunities.List(*ctx.actor, paged), crm::OpportunityToJson);
               });
             });
  auto read_opportunity = [](BodyReader& body, bool create) {
    crm::OpportunityInput in;
    if (!create) in.version = static_cast<int>(body.Int("version", true).value_or(0));
    in.name = body.String("name", create, 200);
    in.customer_id = body.Id("customer_id", create);
    in.amount = body.Money("amount", create);
    in.stage = body.String("stage", false, 32);
    if (auto p = body.Int("probability")) in.probability = static_cast<int>(*p);
    in.expected_close_date = ReadTime(body, "expected_close_date", create);
    in.source = body.NullableString("source", 64);
    in.competitor = body.NullableString("competitor", 128);
    in.lost_reason = body.NullableString("lost_reason", 500);
    return in;
  };
  router.Add("POST", "/api/v1/opportunities", Access::kSession, "opportunities", "Create an opportunity",
             [&s, read_opportunity](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto in = read_opportunity(body.value(), true);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto o = s.opportunities.Create(*ctx.actor, in);
               if (!o.ok()) return Problem(ctx, o.error());
               return JsonResponse(201, crm::OpportunityToJson(o.value()));
             });
  router.Add("GET", "/api/v1/opportunities/{id}", Access::kSession, "opportunities", "An opportunity with its stage history",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("opportunity"));
               auto o = s.opportunities.Get(*ctx.actor, *id);
               if (!o.ok()) return Problem(ctx, o.error());
               return JsonResponse(200, crm::OpportunityToJson(o.value()));
             });
  router.Add("PATCH", "/api/v1/opportunities/{id}", Access::kSession, "opportunities",
             "Update an opportunity or move it to another stage (needs version)", [&s, read_opportunity](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("opportunity"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto in = read_opportunity(body.value(), false);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto o = s.opportunities.Update(*ctx.actor, *id, in);
               if (!o.ok()) return Problem(ctx, o.error());
               return JsonResponse(200, crm::OpportunityToJson(o.value()));
             });
  router.Add("DELETE", "/api/v1/opportunities/{id}", Access::kSession, "opportunities", "Delete an opportunity",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("opportunity"));
               if (auto done = s.opportunities.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
               return NoContent();
             });

  // --- visits
  router.Add("GET", "/api/v1/visits", Access::kSession, "visits", "List visits (q, status, customer_id, owner_id, from, to)",
             [&s](Context& ctx) {
               auto q = VisitQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               auto page = s.visits.List(*ctx.actor, q.value());
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), crm::VisitToJson);
             });
  router.Add("GET", "/api/v1/visits/export", Access::kSession, "visits", "Export the filtered visit list (format=csv|xlsx)",
             [&s](Context& ctx) {
               auto q = VisitQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return ExportResponse(ctx, "visit", "visits", q->list, [&](const core::ListParams& page) {
                 crm::VisitQuery paged = q.value();
                 paged.list = page;
                 return Rows(s.visits.List(*ctx.actor, paged), crm::VisitToJson);
               });
             });
  router.Add("POST", "/api/v1/visits", Access::kSession, "visits", "Plan a visit", [&s](Context& ctx) {
    auto body = BodyReader::Parse(ctx.request);
    if (!body.ok()) return Problem(ctx, body.error());
    crm::VisitInput in;
    in.customer_id = body->Id("customer_id", true);
    in.planned_at = ReadTime(body.value(), "planned_at", true);
    in.purpose = body->String("purpose", true, 500);
    in.next_step = body->NullableString("next_step", 500);
    in.follow_up_date = ReadNullableTime(body.value(), "follow_up_date");
    if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
    auto v = s.visits.Create(*ctx.actor, in);
    if (!v.ok()) return Problem(ctx, v.error());
    return JsonResponse(201, crm::VisitToJson(v.value()));
  });
  router.Add("GET", "/api/v1/visits/{id}", Access::kSession, "visits", "Get a visit", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("visit"));
    auto v = s.visits.Get(*ctx.actor, *id);
    if (!v.ok()) return Problem(ctx, v.error());
    return JsonResponse(200, crm::VisitToJson(v.value()));
  });
  router.Add("PATCH", "/api/v1/visits/{id}", Access::kSession, "visits", "Reschedule, edit or cancel a visit",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("visit"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               crm::VisitInput in;
               in.version = static_cast<int>(body->Int("version", true).value_or(0));
               in.planned_at = ReadTime(body.value(), "planned_at");
               in.purpose = body->String("purpose", false, 500);
               in.status = body->String("status", false, 16);
               in.outcome = body->NullableString("outcome", 1000);
               in.next_step = body->NullableString("next_step", 500);
               in.follow_up_date = ReadNullableTime(body.value(), "follow_up_date");
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto v = s.visits.Update(*ctx.actor, *id, in);
               if (!v.ok()) return Problem(ctx, v.error());
               return JsonResponse(200, crm::VisitToJson(v.value()));
             });
  router.Add("POST", "/api/v1/visits/{id}/check-in", Access::kSession, "visits",
             "Check in: the visit happened here and now", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("visit"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               crm::CheckIn c;
               c.version = static_cast<int>(body->Int("version", true).value_or(0));
               c.latitude = body->Double("latitude", true).value_or(0);
               c.longitude = body->Double("longitude", true).value_or(0);
               c.outcome = body->String("outcome", false, 1000);
               c.next_step = body->String("next_step", false, 500);
               c.follow_up_date = ReadTime(body.value(), "follow_up_date");
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto v = s.visits.CheckInAt(*ctx.actor, *id, c);
               if (!v.ok()) return Problem(ctx, v.error());
               return JsonResponse(200, crm::VisitToJson(v.value()));
             });
  router.Add("DELETE", "/api/v1/visits/{id}", Access::kSession, "visits", "Delete a visit", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("visit"));
    if (auto done = s.visits.Delete(*ctx.actor, *id); !done.ok()) return Problem(ctx, done.error());
    return NoContent();
  });

  // --- quotes
  router.Add("GET", "/api/v1/quotes", Access::kSession, "quotes", "List quotes (q, status, customer_id, owner_id)",
             [&s](Context& ctx) {
               auto q = QuoteQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               auto page = s.quotes.List(*ctx.actor, q.value());
               if (!page.ok()) return Problem(ctx, page.error());
               return PageResponse(page.value(), crm::QuoteToJson);
             });
  router.Add("GET", "/api/v1/quotes/export", Access::kSession, "quotes", "Export the filtered quote list (format=csv|xlsx)",
             [&s](Context& ctx) {
               auto q = QuoteQueryFrom(ctx.request);
               if (!q.ok()) return Problem(ctx, q.error());
               return ExportResponse(ctx, "quote", "quotes", q->list, [&](const core::ListParams& page) {
                 crm::QuoteQuery paged = q.value();
                 paged.list = page;
                 return Rows(s.quotes.List(*ctx.actor, paged), crm::QuoteToJson);
               });
             });
  router.Add("POST", "/api/v1/quotes/preview", Access::kSession, "quotes", "Price a quote without saving it",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto draft = ReadQuoteDraft(body.value());
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto q = s.quotes.Preview(*ctx.actor, draft);
               if (!q.ok()) return Problem(ctx, q.error());
               return JsonResponse(200, crm::QuoteToJson(q.value()));
             });
  router.Add("POST", "/api/v1/quotes", Access::kSession, "quotes", "Create a draft quote (prices from the server)",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto draft = ReadQuoteDraft(body.value());
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto q = s.quotes.Create(*ctx.actor, draft);
               if (!q.ok()) return Problem(ctx, q.error());
               return JsonResponse(201, crm::QuoteToJson(q.value()));
             });
  router.Add("GET", "/api/v1/quotes/{id}", Access::kSession, "quotes", "A quote with lines and timeline", [&s](Context& ctx) {
    auto id = PathId(ctx);
    if (!id) return Problem(ctx, core::Error::NotFound("quote"));
    auto q = s.quotes.Get(*ctx.actor, *id);
    if (!q.ok()) return Problem(ctx, q.error());
    return JsonResponse(200, crm::QuoteToJson(q.value()));
  });
  router.Add("PUT", "/api/v1/quotes/{id}/lines", Access::kSession, "quotes", "Replace a draft's lines (needs version)",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("quote"));
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto version = body->Int("version", true);
               auto lines = ReadLines(body.value());
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto q = s.quotes.ReplaceLines(*ctx.actor, *id, static_cast<int>(*version), lines);
               if (!q.ok()) return Problem(ctx, q.error());
               return JsonResponse(200, crm::QuoteToJson(q.value()));
             });
  auto quote_action = [&router, &s](const char* path, const char* summary, auto call) {
    router.Add("POST", std::string("/api/v1/quotes/{id}/") + path, Access::kSession, "quotes", summary,
               [&s, call](Context& ctx) {
                 return WithVersion(ctx, "quote", [&](core::Id id, int version, std::optional<std::string> note) {
                   auto q = call(s, ctx, id, version, note);
                   if (!q.ok()) return Problem(ctx, q.error());
                   return JsonResponse(200, crm::QuoteToJson(q.value()));
                 });
               });
  };
  router.Add("POST", "/api/v1/quotes/{id}/submit", Access::kSession, "quotes",
             "Submit a draft: approved within the submitter's authority, else pending_approval with its approval",
             [&s](Context& ctx) {
               return WithVersion(ctx, "quote", [&](core::Id id, int version, std::optional<std::string>) {
                 auto q = s.quotes.Submit(*ctx.actor, id, version);
                 if (!q.ok()) return Problem(ctx, q.error());
                 json::object out = crm::QuoteToJson(q.value()).as_object();
                 if (q->status == "pending_approval") {
                   auto approvals = s.approvals.List(*ctx.actor, {.object = "quote", .object_id = id, .limit = 1});
                   if (approvals.ok() && !approvals->at("items").as_array().empty())
                     out["approval"] = approvals->at("items").as_array().front();
                 }
                 return JsonResponse(200, out);
               });
             });
  quote_action("accept", "The customer accepted an approved quote",
               [](Services& s, Context& ctx, core::Id id, int v, auto) { return s.quotes.Accept(*ctx.actor, id, v); });
  quote_action("cancel", "Cancel a quote",
               [](Services& s, Context& ctx, core::Id id, int v, auto) { return s.quotes.Cancel(*ctx.actor, id, v); });
  router.Add("POST", "/api/v1/quotes/{id}/convert", Access::kSession, "quotes", "Turn an accepted quote into an order",
             [&s](Context& ctx) {
               return WithVersion(ctx, "quote", [&](core::Id id, int version, std::optional<std::string>) {
                 auto converted = s.quotes.Convert(*ctx.actor, id, version);
                 if (!converted.ok()) return Problem(ctx, converted.error());
                 auto order = s.orders.Get(*ctx.actor, converted->second);
                 if (!order.ok()) return Problem(ctx, order.error());
                 return JsonResponse(200, json::object{{"quote", crm::QuoteToJson(converted->first)},
                                                       {"order", crm::OrderToJson(order.value())}});
               });
             });
}

}  // namespace salient::api
