#pragma once
// Boost.JSON is the one JSON library. These helpers keep ids as strings on the wire.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/id.hpp"

namespace salient::core {

namespace json = boost::json;

inline json::value IdValue(Id id) { return json::value(IdToString(id)); }
inline json::value OptionalIdValue(std::optional<Id> id) {
  return id ? IdValue(*id) : json::value(nullptr);
}
json::value TimeValue(Millis millis);
json::value OptionalTimeValue(std::optional<Millis> millis);
// Calendar dates (close dates, due dates) travel as "YYYY-MM-DD".
json::value DateValue(Millis millis);
json::value OptionalDateValue(std::optional<Millis> millis);

std::string Serialize(const json::value& value);
// Parses text; nullopt when it is not valid JSON.
std::optional<json::value> ParseJson(std::string_view text);

}  // namespace salient::core
