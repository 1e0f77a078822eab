#include "api/problem.hpp"

#include <boost/json.hpp>

namespace salient::api {

namespace json = boost::json;

int StatusFor(core::ErrorCode code) {
  switch (code) {  // no default: a new code must be mapped here
    case core::ErrorCode::kInvalidArgument: return 400;
    case core::ErrorCode::kValidation: return 422;
    case core::ErrorCode::kNotFound: return 404;
    case core::ErrorCode::kConflict: return 409;
    case core::ErrorCode::kUnauthenticated: return 401;
    case core::ErrorCode::kPermissionDenied: return 403;
    case core::ErrorCode::kFailedPrecondition: return 409;
    case core::ErrorCode::kLocked: return 423;
    case core::ErrorCode::kRateLimited: return 429;
    case core::ErrorCode::kPayloadTooLarge: return 413;
    case core::ErrorCode::kUnavailable: return 503;
    case core::ErrorCode::kInternal: return 500;
  }
  return 500;
}

namespace {

const char* TitleFor(int status) {
  switch (status) {
    case 400: return "Bad request";
    case 401: return "Not logged in";
    case 403: return "Forbidden";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 409: return "Conflict";
    case 413: return "Payload too large";
    case 415: return "Unsupported media type";
    case 422: return "Invalid request";
    case 423: return "Locked";
    case 429: return "Too many requests";
    case 431: return "Request header fields too large";
    case 503: return "Service unavailable";
    default: return status >= 500 ? "Internal error" : "Error";
  }
}

std::string TypeFor(int status) {
  switch (status) {
    case 400: return "https://salient.dev/problems/bad-request";
    case 401: return "https://salient.dev/problems/unauthenticated";
    case 403: return "https://salient.dev/problems/forbidden";
    case 404: return "https://salient.dev/problems/not-found";
    case 409: return "https://salient.dev/problems/conflict";
    case 422: return "https://salient.dev/problems/validation";
    case 423: return "https://salient.dev/problems/locked";
    case 429: return "https://salient.dev/problems/rate-limited";
    default: return "about:blank";
  }
}

}  // namespace

Response ProblemResponse(int status, const std::string& title, const std::string& detail,
                         const std::string& request_id) {
  Response r;
  r.status = status;
  r.content_type = "application/problem+json";
  r.body = json::serialize(json::object{{"type", TypeFor(status)}, {"title", title}, {"status", status},
                                        {"detail", detail}, {"request_id", request_id}});
  return r;
}

Response ProblemResponse(const core::Error& error, const std::string& request_id) {
  const int status = StatusFor(error.code);
  json::object body{{"type", TypeFor(status)},
                    {"title", TitleFor(status)},
                    {"status", status},
                    {"detail", status >= 500 && status != 503 ? "internal error; quote the request id" : error.message},
                    {"request_id", request_id}};
  if (!error.fields.empty()) {
    json::array errors;
    for (const auto& f : error.fields) errors.push_back({{"field", f.field}, {"message", f.message}});
    body["errors"] = std::move(errors);
  }
  Response r;
  r.status = status;
  r.content_type = "application/problem+json";
  r.body = json::serialize(body);
  if (error.retry_after_seconds > 0) r.headers.emplace_back("Retry-After", std::to_string(error.retry_after_seconds));
  return r;
}

}  // namespace salient::api
