#pragma once
// Helpers every route file uses to turn service results into responses.
#include <boost/json/value.hpp>
#include <optional>

#include "api/message.hpp"
#include "api/problem.hpp"
#include "api/router.hpp"
#include "core/page.hpp"
#include "core/result.hpp"

namespace salient::api {

Response JsonResponse(int status, const boost::json::value& body);
// The result as JSON with `status`, or its error as problem+json.
Response Reply(const Context& ctx, const core::Result<boost::json::value>& result, int status = 200);
Response NoContent();
Response Problem(const Context& ctx, const core::Error& error);

// limit (1-200, default 50), offset (≥ 0), sort, q — errors name the parameter.
core::Result<core::ListParams> ParseListParams(const Request& request);
// An id path parameter; nullopt when malformed (the caller answers 404).
std::optional<core::Id> PathId(const Context& ctx, const std::string& name = "id");
// Optional query filters; errors name the parameter.
core::Result<std::optional<core::Id>> QueryId(const Request& request, const std::string& name);
core::Result<std::optional<bool>> QueryBool(const Request& request, const std::string& name);
// Several optional id filters at once: {{"customer_id", &q.customer_id}, ...}.
core::Status QueryIds(const Request& request,
                      std::initializer_list<std::pair<const char*, std::optional<core::Id>*>> ids);

template <typename T, typename ToJson>
Response PageResponse(const core::Page<T>& page, ToJson to_json) {
  boost::json::object body;
  // Assigned, not in the initializer list: that would deep-copy every item.
  auto& items = body["items"].emplace_array();
  items.reserve(page.items.size());
  for (const auto& item : page.items) items.push_back(to_json(item));
  body["total"] = page.total;
  body["next_cursor"] = page.next_cursor ? boost::json::value(*page.next_cursor) : nullptr;
  if (page.total_capped) body["total_capped"] = true;
  return JsonResponse(200, body);
}

// A page of records as JSON objects (for exports): the same *ToJson the list uses.
template <typename T, typename ToJson>
core::Result<std::vector<boost::json::object>> Rows(const core::Result<core::Page<T>>& page, ToJson to_json) {
  if (!page.ok()) return page.error();
  std::vector<boost::json::object> rows;
  rows.reserve(page->items.size());
  for (const auto& item : page->items) rows.push_back(to_json(item).as_object());
  return rows;
}

}  // namespace salient::api
