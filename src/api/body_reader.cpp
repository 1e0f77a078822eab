#include "api/body_reader.hpp"

#include <boost/json.hpp>

#include "core/text.hpp"

namespace salient::api {

core::Result<BodyReader> BodyReader::Parse(const Request& request) {
  if (request.body.empty()) return core::Error::Invalid("body", "a JSON object is required");
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(request.body, ec);
  if (ec) return core::Error::Invalid("body", "malformed JSON: " + ec.message());
  if (!value.is_object()) return core::Error::Invalid("body", "must be a JSON object");
  return BodyReader(std::move(value.get_object()));
}

const boost::json::value* BodyReader::Lookup(const std::string& key, bool required) {
  known_.insert(key);
  const boost::json::value* v = object_.if_contains(key);
  if (v == nullptr && required) missing_.push_back({key, "is required"});
  return v;
}

void BodyReader::TypeError(const std::string& key, const std::string& message) {
  type_errors_.push_back({key, message});
}

std::optional<std::string> BodyReader::String(const std::string& key, bool required, std::size_t max_chars) {
  const auto* v = Lookup(key, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) return TypeError(key, "must be a string"), std::nullopt;
  std::string s(v->get_string());
  if (!core::IsValidUtf8(s)) return TypeError(key, "must be valid UTF-8"), std::nullopt;
  if (core::Utf8Length(s) > max_chars)
    return TypeError(key, "must be at most " + std::to_string(max_chars) + " characters"), std::nullopt;
  if (required && core::Trim(s).empty()) return missing_.push_back({key, "must not be empty"}), std::nullopt;
  return s;
}

std::optional<std::optional<std::string>> BodyReader::NullableString(const std::string& key, std::size_t max_chars) {
  const auto* v = object_.if_contains(key);
  if (v != nullptr && v->is_null()) return known_.insert(key), std::optional<std::optional<std::string>>(std::optional<std::string>());
  auto s = String(key, false, max_chars);
  if (!s) return std::nullopt;
  if (core::Trim(*s).empty()) return std::optional<std::optional<std::string>>(std::optional<std::string>());
  return std::optional<std::optional<std::string>>(std::move(s));
}

std::optional<std::int64_t> BodyReader::Int(const std::string& key, bool required) {
  const auto* v = Lookup(key, required);
  if (v == nullptr) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(v->get_uint64());
  return TypeError(key, "must be an integer"), std::nullopt;
}

std::optional<bool> BodyReader::Bool(const std::string& key, bool required) {
  const auto* v = Lookup(key, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_bool()) return TypeError(key, "must be true or false"), std::nullopt;
  return v->get_bool();
}

std::optional<double> BodyReader::Double(const std::string& key, bool required) {
  const auto* v = Lookup(key, required);
  if (v == nullptr) return std::nullopt;
  if (v->is_double()) return v->get_double();
  if (v->is_int64()) return static_cast<double>(v->get_int64());
  if (v->is_uint64()) return static_cast<double>(v->get_uint64());
  return TypeError(key, "must be a number"), std::nullopt;
}

std::optional<std::optional<double>> BodyReader::NullableDouble(const std::string& key) {
  const auto* v = object_.if_contains(key);
  if (v != nullptr && v->is_null()) return known_.insert(key), std::optional<std::optional<double>>(std::optional<double>());
  auto d = Double(key, false);
  if (!d) return std::nullopt;
  return std::optional<std::optional<double>>(d);
}

std::optional<std::vector<std::string>> BodyReader::StringList(const std::string& key, std::size_t max_items,
                                                               std::size_t max_chars) {
  const auto* v = Lookup(key, false);
  if (v == nullptr) return std::nullopt;
  if (!v->is_array()) return TypeError(key, "must be an array of strings"), std::nullopt;
  if (v->get_array().size() > max_items)
    return TypeError(key, "at most " + std::to_string(max_items) + " items"), std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : v->get_array()) {
    if (!item.is_string() || core::Utf8Length(item.get_string()) > max_chars || item.get_string().empty())
      return TypeError(key, "must be non-empty strings of at most " + std::to_string(max_chars) + " characters"), std::nullopt;
    out.emplace_back(item.get_string());
  }
  return out;
}

std::optional<core::Id> BodyReader::Id(const std::string& key, bool required) {
  const auto* v = Lookup(key, required);
  if (v == nullptr) return std::nullopt;
  std::optional<core::Id> id;
  if (v->is_string()) id = core::ParseId(v->get_string());
  if (!id) return TypeError(key, "must be an id (a string of digits)"), std::nullopt;
  return id;
}

std::optional<std::optional<core::Id>> BodyReader::NullableId(const std::string& key) {
  const auto* v = object_.if_contains(key);
  if (v != nullptr && v->is_null()) return known_.insert(key), std::optional<std::optional<core::Id>>(std::optional<core::Id>());
  auto id = Id(key, false);
  if (!id) return std::nullopt;
  return std::optional<std::optional<core::Id>>(id);
}

const boost::json::value* BodyReader::Raw(const std::string& key, bool required) { return Lookup(key, required); }

core::Status BodyReader::Finish() const {
  std::vector<core::FieldError> errors = type_errors_;
  for (const auto& [key, _] : object_)
    if (!known_.count(std::string(key))) errors.push_back({std::string(key), "unknown field"});
  const bool malformed = !errors.empty();
  errors.insert(errors.end(), missing_.begin(), missing_.end());
  if (errors.empty()) return core::Ok{};
  std::string message;
  for (const auto& e : errors) message += (message.empty() ? "" : "; ") + e.field + " " + e.message;
  return core::Error{malformed ? core::ErrorCode::kInvalidArgument : core::ErrorCode::kValidation, message, errors};
}

}  // namespace salient::api
