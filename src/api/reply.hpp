#pragma once
// Helpers every route file uses to turn service results into responses.
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <functional>
#include <optional>
#include <string>
#include <type_traits>

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

// Writes the page head and tail around `items(out)`, which appends the items separated by commas.
Response PageText(std::int64_t total, bool total_capped, const std::optional<std::string>& next_cursor,
                  std::size_t expected_bytes, const std::function<void(std::string&)>& items);

// {items, total, next_cursor, total_capped?}. `to_json` is either a *ToJson (item → JSON
// value) or an Append*Json (appends the item's JSON text to a string, no document built:
// the hot lists).
template <typename T, typename ToJson>
Response PageResponse(const core::Page<T>& page, ToJson to_json) {
  return PageText(page.total, page.total_capped, page.next_cursor, page.items.size() * 900, [&](std::string& out) {
    for (std::size_t i = 0; i < page.items.size(); ++i) {
      if (i) out += ',';
      if constexpr (std::is_invocable_v<ToJson&, std::string&, const T&>) to_json(out, page.items[i]);
      else out += boost::json::serialize(to_json(page.items[i]));
    }
  });
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
