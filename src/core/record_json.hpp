#pragma once
// One field list per record kind, two outputs. A record's *ToJson writes its fields once,
// into a RecordFields sink: ObjectFields builds a Boost.JSON object (single records, audit
// snapshots, exports), TextFields appends JSON text straight to a response body (list
// pages, where building and freeing a document of 25 × 34 fields cost more than the query).
// Both leave out the fields the caller's role may not see.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/id.hpp"

namespace salient::core {

class RecordFields {
 public:
  // `hidden`: field names to leave out (nullptr: none). Keys are identifiers written in code.
  explicit RecordFields(const std::vector<std::string>* hidden) : hidden_(hidden) {}
  virtual ~RecordFields() = default;

  void Text(std::string_view key, std::string_view value);
  void Text(std::string_view key, const std::string& value) { Text(key, std::string_view(value)); }
  void Text(std::string_view key, const char* value) { Text(key, std::string_view(value)); }
  void Text(std::string_view key, const std::optional<std::string>& value);
  void Text(std::string_view key, const std::optional<std::string_view>& value);
  void Int(std::string_view key, std::int64_t value);
  void Double(std::string_view key, const std::optional<double>& value);
  void Id(std::string_view key, core::Id value);
  void Id(std::string_view key, const std::optional<core::Id>& value);
  void Time(std::string_view key, Millis value);  // ISO 8601, UTC
  void Time(std::string_view key, const std::optional<Millis>& value);
  void Texts(std::string_view key, const std::vector<std::string>& values);
  void Null(std::string_view key);

 protected:
  virtual void PutText(std::string_view key, std::string_view value) = 0;
  virtual void PutInt(std::string_view key, std::int64_t value) = 0;
  virtual void PutDouble(std::string_view key, double value) = 0;
  virtual void PutTexts(std::string_view key, const std::vector<std::string>& values) = 0;
  virtual void PutNull(std::string_view key) = 0;

 private:
  // Inline: asked once per field of every record written; most roles hide nothing.
  bool Hidden(std::string_view key) const { return hidden_ != nullptr && !hidden_->empty() && Listed(key); }
  bool Listed(std::string_view key) const;
  const std::vector<std::string>* hidden_;
};

class ObjectFields final : public RecordFields {
 public:
  using RecordFields::RecordFields;
  boost::json::object Take() { return std::move(object_); }

 private:
  void PutText(std::string_view key, std::string_view value) override;
  void PutInt(std::string_view key, std::int64_t value) override;
  void PutDouble(std::string_view key, double value) override;
  void PutTexts(std::string_view key, const std::vector<std::string>& values) override;
  void PutNull(std::string_view key) override;
  boost::json::object object_;
};

// Appends one JSON object ({...}) to `out`; the object is closed on destruction.
class TextFields final : public RecordFields {
 public:
  TextFields(std::string& out, const std::vector<std::string>* hidden);
  ~TextFields() override;
  TextFields(const TextFields&) = delete;
  TextFields& operator=(const TextFields&) = delete;

 private:
  void Key(std::string_view key);
  void PutText(std::string_view key, std::string_view value) override;
  void PutInt(std::string_view key, std::int64_t value) override;
  void PutDouble(std::string_view key, double value) override;
  void PutTexts(std::string_view key, const std::vector<std::string>& values) override;
  void PutNull(std::string_view key) override;
  std::string& out_;
  bool first_ = true;
};

// Appends `text` as a JSON string literal (quoted, escaped; UTF-8 passes through).
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace salient::core
