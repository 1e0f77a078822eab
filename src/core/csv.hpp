#pragma once
// RFC 4180 CSV reading: quoted fields with embedded commas, quotes ("") and newlines,
// CRLF or LF line ends, a UTF-8 byte-order mark at the start is skipped. Streaming:
// one record at a time, with the physical line number where it started (for error
// reports people can find in their editor).
#include <istream>
#include <string>
#include <vector>

namespace salient::core {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}

  // Reads the next record into `fields`; false at end of input. `line()` then tells
  // the line number (1-based) where that record began.
  bool Next(std::vector<std::string>& fields);
  int line() const { return record_line_; }
  // Set when a quoted field was not closed before the end of input.
  bool malformed() const { return malformed_; }

 private:
  std::istream& in_;
  int next_line_ = 1;
  int record_line_ = 0;
  bool first_ = true;
  bool malformed_ = false;
};

// Escapes one field for writing (quotes when needed).
std::string CsvField(std::string_view value);

}  // namespace salient::core
