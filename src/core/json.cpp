#include "core/json.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/time.hpp"

namespace salient::core {

json::value TimeValue(Millis millis) { return json::value(FormatIso(millis)); }

json::value OptionalTimeValue(std::optional<Millis> millis) {
  return millis ? TimeValue(*millis) : json::value(nullptr);
}

json::value DateValue(Millis millis) { return json::value(FormatIso(millis).substr(0, 10)); }

json::value OptionalDateValue(std::optional<Millis> millis) {
  return millis ? DateValue(*millis) : json::value(nullptr);
}

std::string Serialize(const json::value& value) { return json::serialize(value); }

std::optional<json::value> ParseJson(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec) return std::nullopt;
  return value;
}

}  // namespace salient::core
