#include "core/record_json.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>

#include "core/time.hpp"

namespace salient::core {

namespace json = boost::json;

bool RecordFields::Listed(std::string_view key) const {
  return std::find(hidden_->begin(), hidden_->end(), key) != hidden_->end();
}

void RecordFields::Text(std::string_view key, std::string_view value) {
  if (!Hidden(key)) PutText(key, value);
}
void RecordFields::Text(std::string_view key, const std::optional<std::string>& value) {
  if (Hidden(key)) return;
  value ? PutText(key, *value) : PutNull(key);
}
void RecordFields::Text(std::string_view key, const std::optional<std::string_view>& value) {
  if (Hidden(key)) return;
  value ? PutText(key, *value) : PutNull(key);
}
void RecordFields::Int(std::string_view key, std::int64_t value) {
  if (!Hidden(key)) PutInt(key, value);
}
void RecordFields::Double(std::string_view key, const std::optional<double>& value) {
  if (Hidden(key)) return;
  value ? PutDouble(key, *value) : PutNull(key);
}
void RecordFields::Id(std::string_view key, core::Id value) {
  if (Hidden(key)) return;
  char digits[24];  // ids travel as strings; written on the stack, lists write thousands
  PutText(key, std::string_view(digits, std::to_chars(digits, digits + sizeof digits, value).ptr));
}
void RecordFields::Id(std::string_view key, const std::optional<core::Id>& value) {
  value ? Id(key, *value) : Null(key);
}
void RecordFields::Time(std::string_view key, Millis value) {
  if (Hidden(key)) return;
  IsoText text;
  PutText(key, FormatIso(value, text));
}
void RecordFields::Time(std::string_view key, const std::optional<Millis>& value) {
  value ? Time(key, *value) : Null(key);
}
void RecordFields::Texts(std::string_view key, const std::vector<std::string>& values) {
  if (!Hidden(key)) PutTexts(key, values);
}
void RecordFields::Null(std::string_view key) {
  if (!Hidden(key)) PutNull(key);
}

void ObjectFields::PutText(std::string_view key, std::string_view value) { object_[key] = value; }
void ObjectFields::PutInt(std::string_view key, std::int64_t value) { object_[key] = value; }
void ObjectFields::PutDouble(std::string_view key, double value) { object_[key] = value; }
void ObjectFields::PutTexts(std::string_view key, const std::vector<std::string>& values) {
  auto& array = object_[key].emplace_array();
  for (const auto& v : values) array.emplace_back(v);
}
void ObjectFields::PutNull(std::string_view key) { object_[key] = nullptr; }

TextFields::TextFields(std::string& out, const std::vector<std::string>* hidden) : RecordFields(hidden), out_(out) {
  out_ += '{';
}
TextFields::~TextFields() { out_ += '}'; }

// Keys are field names written in code (identifiers), so they need no escaping.
void TextFields::Key(std::string_view key) {
  if (first_) out_ += '"';
  else out_.append(",\"", 2);
  first_ = false;
  out_ += key;
  out_ += "\":";
}
void TextFields::PutText(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(out_, value);
}
void TextFields::PutInt(std::string_view key, std::int64_t value) {
  Key(key);
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out_.append(digits, end);
}
void TextFields::PutDouble(std::string_view key, double value) {
  Key(key);
  out_ += json::serialize(json::value(value));  // the same spelling as the document path
}
void TextFields::PutTexts(std::string_view key, const std::vector<std::string>& values) {
  Key(key);
  out_ += '[';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out_ += ',';
    AppendJsonString(out_, values[i]);
  }
  out_ += ']';
}
void TextFields::PutNull(std::string_view key) {
  Key(key);
  out_ += "null";
}

namespace {

// Whether any of the 8 bytes of `w` is a control character, '"' or '\\' (SWAR: a whole
// word per step; bytes of multi-byte UTF-8 characters are ≥ 0x80 and never match).
bool NeedsEscape(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const auto zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return (zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\')) | ((w - kOnes * 0x20) & ~w & kHigh)) != 0;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t plain = 0;  // start of the run of characters that need no escape
  std::size_t i = 0;
  for (std::uint64_t w; i + 8 <= text.size(); i += 8) {  // skip clean words: nearly all text
    std::memcpy(&w, text.data() + i, 8);
    if (NeedsEscape(w)) break;
  }
  if (text.size() - i < 8) {  // the short tail as one word, padded with a letter that needs no escape
    std::uint64_t w = 0x6161616161616161ULL;
    std::memcpy(&w, text.data() + i, text.size() - i);
    if (!NeedsEscape(w)) i = text.size();
  }
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
    }
  }
  out.append(text.data() + plain, text.size() - plain);
  out += '"';
}

}  // namespace salient::core
