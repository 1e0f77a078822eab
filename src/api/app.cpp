#include "api/app.hpp"

#include <spdlog/spdlog.h>

#include "api/problem.hpp"
#include "auth/secrets.hpp"
#include "core/text.hpp"

namespace salient::api {

namespace {

bool IsUnsafe(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

App::App(store::Database& db, AppConfig config) : config_(config), services_(db, config_), idempotency_(db) {
  AddAuthRoutes(router_, services_, config_);
  AddUserRoutes(router_, services_);
  AddZoneRoutes(router_, services_);
  AddRoleRoutes(router_, services_);
  AddAuditRoutes(router_, services_);
  AddNotificationRoutes(router_, services_);
  AddCustomerRoutes(router_, services_);
  AddProductRoutes(router_, services_);
  AddOrderRoutes(router_, services_);
  AddPipelineRoutes(router_, services_);
  AddViewRoutes(router_, services_);
  AddImportRoutes(router_, services_);
  AddPriceListRoutes(router_, services_);
  AddForecastRoutes(router_, services_);
  AddApprovalRoutes(router_, services_);
  AddTaskRoutes(router_, services_);
  AddRuleRoutes(router_, services_);
  AddWebhookRoutes(router_, services_);
  AddMessageRoutes(router_, services_);
  AddOpenApiRoute(router_);
}

namespace {
std::string TokenOf(const Request& request) {
  std::string token;
  const std::string authorization = request.Header("authorization");
  if (core::StartsWith(authorization, "Bearer ")) token = core::Trim(authorization.substr(7));
  if (token.empty()) token = request.Cookie("salient_session");
  if (token.empty()) token = request.Query("access_token").value_or("");
  return token;
}
}  // namespace

core::Result<auth::Actor> App::Authenticate(const Request& request) {
  const std::string token = TokenOf(request);
  if (token.empty()) return core::Error{core::ErrorCode::kUnauthenticated, "not logged in", {}};
  return services_.sessions.Authenticate(token, request.request_id);
}

std::optional<Response> App::HandleFromSession(Request& request) {
  if (request.method != "GET") return std::nullopt;
  Router::Match match = router_.Find(request.method, request.path);
  if (match.route == nullptr || !match.route->from_session) return std::nullopt;
  auto actor = services_.sessions.AuthenticateCached(TokenOf(request), request.request_id);
  if (!actor || !actor->profile) return std::nullopt;
  request.params = std::move(match.params);
  Context ctx{request, &*actor};
  try {
    Response response = match.route->handler(ctx);
    response.route = match.route->pattern;
    response.user = actor->username;
    return response;
  } catch (const std::exception&) {
    return std::nullopt;  // let the full path answer (and log) it
  }
}

Response App::Handle(Request& request) {
  Router::Match match = router_.Find(request.method, request.path);
  if (match.route == nullptr) {
    Response r = match.path_exists
                     ? ProblemResponse(405, "Method not allowed", request.method + " is not allowed here", request.request_id)
                     : ProblemResponse(404, "Not found", "no such endpoint", request.request_id);
    r.route = match.path_exists ? "method_not_allowed" : "not_found";
    return r;
  }
  const Route& route = *match.route;
  request.params = std::move(match.params);
  Context ctx{request, nullptr};
  std::optional<auth::Actor> actor;
  Response response;
  try {
    if (route.access == Access::kSession) {
      auto authenticated = Authenticate(request);
      if (!authenticated.ok()) {
        response = ProblemResponse(authenticated.error(), request.request_id);
        response.route = route.pattern;
        return response;
      }
      actor = std::move(authenticated).value();
      ctx.actor = &*actor;
      // A browser sends the cookie on its own; only our page can read the CSRF cookie
      // and echo it. API clients with a bearer token are not exposed to CSRF.
      const bool via_cookie = !core::StartsWith(request.Header("authorization"), "Bearer ");
      if (via_cookie && IsUnsafe(request.method) &&
          !auth::ConstantTimeEquals(request.Header("x-csrf-token"), actor->csrf_token)) {
        response = ProblemResponse(403, "Forbidden", "missing or wrong X-CSRF-Token header", request.request_id);
        response.route = route.pattern;
        response.user = actor->username;
        return response;
      }
    }
    if (IsUnsafe(request.method) && !request.body.empty()) {
      const std::string type = core::ToLower(request.Header("content-type"));
      if (!core::StartsWith(type, route.body_type)) {
        response = ProblemResponse(415, "Unsupported media type", "send Content-Type: " + route.body_type,
                                   request.request_id);
        response.route = route.pattern;
        return response;
      }
    }
    const std::string idempotency_key = request.Header("idempotency-key");
    if (actor && request.method == "POST" && !idempotency_key.empty()) {
      if (auto answered = idempotency_.Begin(actor->user_id, idempotency_key, request)) {
        response = std::move(*answered);
      } else {
        response = route.handler(ctx);
        idempotency_.Finish(actor->user_id, idempotency_key, response);
      }
    } else {
      response = route.handler(ctx);
    }
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path, e.what());
    response = ProblemResponse(core::Error{core::ErrorCode::kInternal, e.what(), {}}, request.request_id);
  }
  response.route = route.pattern;
  if (actor) response.user = actor->username;
  return response;
}

}  // namespace salient::api
