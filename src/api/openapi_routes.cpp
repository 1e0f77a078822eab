// GET /api/v1/openapi.json, generated from the route table so it cannot drift.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/reply.hpp"
#include "core/version.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

json::value Problem() {
  return {{"description", "Error (RFC 9457 problem+json)"},
          {"content", {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

json::value Document(const Router& router) {
  json::object paths;
  for (const Route& route : router.routes()) {
    json::object op{{"summary", route.summary}, {"tags", {route.tag}}, {"operationId", route.method + " " + route.pattern}};
    json::array parameters;
    for (const auto& seg : route.segments)
      if (seg.size() > 2 && seg.front() == '{')
        parameters.push_back({{"name", seg.substr(1, seg.size() - 2)}, {"in", "path"}, {"required", true},
                              {"schema", {{"type", "string"}}}});
    if (!parameters.empty()) op["parameters"] = parameters;
    if (route.method == "POST" || route.method == "PUT" || route.method == "PATCH")
      op["requestBody"] = {{"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
    op["responses"] = {{"2XX", {{"description", "Success"}}}, {"4XX", Problem()}, {"5XX", Problem()}};
    if (route.access == Access::kSession) op["security"] = {{{"bearer", json::array{}}}, {{"cookie", json::array{}}}};
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(c));
    json::value& entry = paths[route.pattern];
    if (!entry.is_object()) entry = json::object{};
    entry.as_object()[method] = op;
  }
  json::object field_error{{"type", "object"},
                           {"properties", {{"field", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}};
  json::object problem{{"type", "object"},
                       {"properties",
                        {{"type", {{"type", "string"}}},
                         {"title", {{"type", "string"}}},
                         {"status", {{"type", "integer"}}},
                         {"detail", {{"type", "string"}}},
                         {"request_id", {{"type", "string"}}},
                         {"errors", {{"type", "array"}, {"items", field_error}}}}}};
  json::object security{{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
                        {"cookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "salient_session"}}}};
  json::object components{{"securitySchemes", security}, {"schemas", {{"Problem", problem}}}};
  return json::object{{"openapi", "3.1.0"},
                      {"info", {{"title", "Salient API"}, {"version", core::kVersion}}},
                      {"paths", paths},
                      {"components", components}};
}

}  // namespace

void AddOpenApiRoute(Router& router) {
  router.Add("GET", "/api/v1/openapi.json", Access::kPublic, "meta", "This document", [&router](Context&) {
    static const std::string body = json::serialize(Document(router));
    Response r;
    r.body = body;
    return r;
  });
}

}  // namespace salient::api
