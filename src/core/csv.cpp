#include "core/csv.hpp"

namespace salient::core {

bool CsvReader::Next(std::vector<std::string>& fields) {
  // The stream buffer directly: istream::get builds a sentry per character.
  std::streambuf& in = *in_.rdbuf();
  fields.clear();
  if (first_) {
    first_ = false;
    if (in.sgetc() == 0xEF) {
      in.sbumpc();
      if (in.sgetc() == 0xBB) {
        in.sbumpc();
        if (in.sgetc() == 0xBF) in.sbumpc();
      }
    }
  }
  int c = in.sbumpc();
  // Skip blank lines between records.
  while (c == '\n' || c == '\r') {
    if (c == '\n') ++next_line_;
    c = in.sbumpc();
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
        if (in.sgetc() == '"') {
          field += '"';
          in.sbumpc();
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
      if (c == '\r' && in.sgetc() == '\n') in.sbumpc();
      if (c != EOF) ++next_line_;
      fields.push_back(std::move(field));
      return true;
    } else {
      field += static_cast<char>(c);
      field_started = true;
    }
    c = in.sbumpc();
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
