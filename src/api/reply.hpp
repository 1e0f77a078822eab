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

// A page as JSON text: {items, total, next_cursor, total_capped?}. The head opens the
// items array; the tail closes it with what the page says besides its items.
void OpenPageText(std::string& out);
void ClosePageText(std::string& out, const core::PageInfo& info);

// A page of records. `to_json` is either a *ToJson (item → JSON value) or an Append*Json
// (appends the item's JSON text to a string, no document built).
template <typename T, typename ToJson>
Response PageResponse(const core::Page<T>& page, ToJson to_json) {
  Response r;
  r.body.reserve(page.items.size() * 900 + 100);
  OpenPageText(r.body);
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (i) r.body += ',';
    if constexpr (std::is_invocable_v<ToJson&, std::string&, const T&>) to_json(r.body, page.items[i]);
    else r.body += boost::json::serialize(to_json(page.items[i]));
  }
  ClosePageText(r.body, page);
  return r;
}

// A page written while its rows are read, with no records or documents built (the hot
// lists): `list(each)` runs the query and calls `each` per item, `append(out, item)`
// writes one item's JSON text.
template <typename Item, typename List, typename Append>
Response PageWhileReading(const Context& ctx, std::size_t expected_bytes, List list, Append append) {
  Response r;
  r.body.reserve(expected_bytes + 100);
  OpenPageText(r.body);
  bool first = true;
  core::Result<core::PageInfo> info = list([&](const Item& item) {
    if (!first) r.body += ',';
    first = false;
    append(r.body, item);
  });
  if (!info.ok()) return Problem(ctx, info.error());
  ClosePageText(r.body, info.value());
  return r;
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
