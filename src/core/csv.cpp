#include "core/csv.hpp"

namespace salient::core {

bool CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  if (first_) {
    first_ = false;
    if (in_.peek() == 0xEF) {
      char bom[3];
      in_.read(bom, 3);
      if (!(static_cast<unsigned char>(bom[1]) == 0xBB && static_cast<unsigned char>(bom[2]) == 0xBF)) {
        in_.clear();
        in_.seekg(0);
      }
    }
  }
  int c = in_.get();
  // Skip blank lines between records.
  while (c == '\n' || c == '\r') {
    if (c == '\n') ++next_line_;
    c = in_.get();
  }
  if (c == EOF) return false;
  record_line_ = next_line_;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  while (true) {
    if (quoted) {
      if (c == EOF) {
        malformed_ = true;
        fields.push_back(std::move(field));
        return true;
      }
      if (c == '"') {
        if (in_.peek() == '"') {
          field += '"';
          in_.get();
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++next_line_;
        field += static_cast<char>(c);
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r' || c == EOF) {
      if (c == '\r' && in_.peek() == '\n') in_.get();
      if (c != EOF) ++next_line_;
      fields.push_back(std::move(field));
      return true;
    } else {
      field += static_cast<char>(c);
      field_started = true;
    }
    c = in_.get();
  }
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace salient::core
