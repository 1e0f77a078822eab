#include "api/reply.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "core/record_json.hpp"

namespace salient::api {

Response JsonResponse(int status, const boost::json::value& body) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(body);
  return r;
}

void OpenPageText(std::string& out) { out += "{\"items\":["; }

void ClosePageText(std::string& out, const core::PageInfo& info) {
  out += "],\"total\":";
  out += std::to_string(info.total);
  out += ",\"next_cursor\":";
  if (info.next_cursor) core::AppendJsonString(out, *info.next_cursor);
  else out += "null";
  if (info.total_capped) out += ",\"total_capped\":true";
  out += '}';
}

Response Reply(const Context& ctx, const core::Result<boost::json::value>& result, int status) {
  if (!result.ok()) return Problem(ctx, result.error());
  return JsonResponse(status, result.value());
}

Response NoContent() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

Response Problem(const Context& ctx, const core::Error& error) { return ProblemResponse(error, ctx.request.request_id); }

namespace {
std::optional<long long> ParseInteger(const std::string& text) {
  long long v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}
}  // namespace

core::Result<core::ListParams> ParseListParams(const Request& request) {
  core::ListParams p;
  if (auto limit = request.Query("limit")) {
    auto v = ParseInteger(*limit);
    if (!v || *v < 1 || *v > 200) return core::Error::Invalid("limit", "must be an integer from 1 to 200");
    p.limit = static_cast<int>(*v);
  }
  if (auto offset = request.Query("offset")) {
    auto v = ParseInteger(*offset);
    if (!v || *v < 0 || *v > 100000000) return core::Error::Invalid("offset", "must be a non-negative integer");
    p.offset = static_cast<int>(*v);
  }
  if (auto sort = request.Query("sort")) p.sort = *sort;
  if (auto q = request.Query("q")) p.q = q->substr(0, 200);
  if (auto cursor = request.Query("cursor")) p.cursor = cursor->substr(0, 512);
  return p;
}

std::optional<core::Id> PathId(const Context& ctx, const std::string& name) {
  auto it = ctx.request.params.find(name);
  if (it == ctx.request.params.end()) return std::nullopt;
  return core::ParseId(it->second);
}

core::Result<std::optional<core::Id>> QueryId(const Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text || text->empty()) return std::optional<core::Id>();
  auto id = core::ParseId(*text);
  if (!id) return core::Error::Invalid(name, "must be an id");
  return std::optional<core::Id>(id);
}

core::Result<std::optional<bool>> QueryBool(const Request& request, const std::string& name) {
  auto text = request.Query(name);
  if (!text || text->empty()) return std::optional<bool>();
  if (*text == "true" || *text == "1") return std::optional<bool>(true);
  if (*text == "false" || *text == "0") return std::optional<bool>(false);
  return core::Error::Invalid(name, "must be true or false");
}

core::Status QueryIds(const Request& request,
                      std::initializer_list<std::pair<const char*, std::optional<core::Id>*>> ids) {
  for (auto [name, target] : ids) {
    auto id = QueryId(request, name);
    if (!id.ok()) return id.error();
    *target = id.value();
  }
  return core::Ok{};
}

}  // namespace salient::api
