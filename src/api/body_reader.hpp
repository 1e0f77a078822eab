#pragma once
// Reads a JSON request body field by field and collects every problem, naming the
// field: wrong types and unknown fields (400), missing required fields (422). A handler
// reads what it needs, then calls Finish(); nothing is written unless Finish() is ok.
#include <boost/json/value.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/message.hpp"
#include "core/id.hpp"
#include "core/result.hpp"

namespace salient::api {

class BodyReader {
 public:
  // kInvalidArgument (field "body") unless the body is a JSON object.
  static core::Result<BodyReader> Parse(const Request& request);

  std::optional<std::string> String(const std::string& key, bool required = false, std::size_t max_chars = 1000);
  // Absent → nullopt; JSON null → an engaged optional holding nullopt.
  std::optional<std::optional<std::string>> NullableString(const std::string& key, std::size_t max_chars = 1000);
  std::optional<std::int64_t> Int(const std::string& key, bool required = false);
  std::optional<bool> Bool(const std::string& key, bool required = false);
  std::optional<double> Double(const std::string& key, bool required = false);
  std::optional<std::optional<double>> NullableDouble(const std::string& key);
  // Money in minor units: a JSON integer (fen).
  std::optional<std::int64_t> Money(const std::string& key, bool required = false) { return Int(key, required); }
  std::optional<std::vector<std::string>> StringList(const std::string& key, std::size_t max_items = 50,
                                                     std::size_t max_chars = 64);
  // Ids travel as decimal strings.
  std::optional<core::Id> Id(const std::string& key, bool required = false);
  std::optional<std::optional<core::Id>> NullableId(const std::string& key);
  // Any JSON value (object, array); marks the key as known.
  const boost::json::value* Raw(const std::string& key, bool required = false);

  // Reads an array of objects, each with its own BodyReader; errors are prefixed with
  // "key[i]." so they name the exact element.
  template <typename Fn>
  void Each(const std::string& key, bool required, Fn&& read_element) {
    const auto* v = Lookup(key, required);
    if (v == nullptr) return;
    if (!v->is_array()) return TypeError(key, "must be an array");
    std::size_t i = 0;
    for (const auto& element : v->get_array()) {
      const std::string prefix = key + "[" + std::to_string(i++) + "]";
      if (!element.is_object()) {
        TypeError(prefix, "must be an object");
        continue;
      }
      BodyReader inner(element.get_object());
      read_element(inner);
      for (auto& e : inner.type_errors_) type_errors_.push_back({prefix + "." + e.field, e.message});
      for (auto& e : inner.missing_) missing_.push_back({prefix + "." + e.field, e.message});
      for (const auto& [k, _] : inner.object_)
        if (!inner.known_.count(std::string(k))) type_errors_.push_back({prefix + "." + std::string(k), "unknown field"});
    }
  }

  bool Has(const std::string& key) const { return object_.contains(key); }

  // Records a type error found by the caller (e.g. a string that is not a date).
  void Invalid(const std::string& key, const std::string& message) { TypeError(key, message); }

  // Every collected error plus one per unknown field.
  core::Status Finish() const;

 private:
  explicit BodyReader(boost::json::object object) : object_(std::move(object)) {}
  const boost::json::value* Lookup(const std::string& key, bool required);
  void TypeError(const std::string& key, const std::string& message);

  boost::json::object object_;
  std::set<std::string> known_;
  std::vector<core::FieldError> type_errors_;
  std::vector<core::FieldError> missing_;
};

}  // namespace salient::api
