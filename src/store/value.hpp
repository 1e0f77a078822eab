#pragma once
// Database values and rows as plain C++ types, so code above `store` never sees a driver.
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace salient::store {

struct Null {};

// A bound parameter or a column value. Converts implicitly from the types code binds,
// so a parameter list reads `{id, name, std::optional<Id>{}}`.
struct Value : std::variant<Null, std::int64_t, double, std::string> {
  using Base = std::variant<Null, std::int64_t, double, std::string>;
  Value() : Base(Null{}) {}
  Value(Null) : Base(Null{}) {}                                              // NOLINT
  template <std::integral I>
  Value(I v) : Base(static_cast<std::int64_t>(v)) {}                          // NOLINT
  Value(double v) : Base(v) {}                                               // NOLINT
  Value(std::string v) : Base(std::move(v)) {}                               // NOLINT
  Value(std::string_view v) : Base(std::string(v)) {}                        // NOLINT
  Value(const char* v) : Base(std::string(v)) {}                             // NOLINT
  template <typename T>
  Value(const std::optional<T>& v) : Value(v ? Value(*v) : Value()) {}      // NOLINT
};

// A row's columns by index. `Row` holds its values; Tx::ForEachRow lends a view of the
// driver's current row instead, so a hot list copies each column once, into its record.
class RowView {
 public:
  virtual bool IsNull(std::size_t i) const = 0;
  // Integers stored as text (SQLite expressions) are converted; NULL reads as 0.
  virtual std::int64_t Int(std::size_t i) const = 0;
  virtual double Double(std::size_t i) const = 0;
  virtual std::string Str(std::size_t i) const = 0;  // NULL reads as ""
  // A text column without a copy, valid while the row is (ForEachRow: during the call).
  // NULL reads as ""; throws std::logic_error for a number.
  virtual std::string_view View(std::size_t i) const = 0;
  virtual std::optional<std::string_view> OptView(std::size_t i) const;
  std::optional<std::int64_t> OptInt(std::size_t i) const;
  std::optional<std::string> OptStr(std::size_t i) const;
  std::optional<double> OptDouble(std::size_t i) const;
  bool Bool(std::size_t i) const { return Int(i) != 0; }

 protected:
  ~RowView() = default;
};

class Row final : public RowView {
 public:
  Row(std::vector<Value> values, std::shared_ptr<const std::vector<std::string>> names)
      : values_(std::move(values)), names_(std::move(names)) {}

  std::size_t size() const { return values_.size(); }
  bool IsNull(std::size_t i) const override { return std::holds_alternative<Null>(values_.at(i)); }
  std::int64_t Int(std::size_t i) const override;
  double Double(std::size_t i) const override;
  std::string Str(std::size_t i) const override;
  std::string_view View(std::size_t i) const override;
  using RowView::Bool;
  using RowView::OptDouble;
  using RowView::OptInt;
  using RowView::OptStr;

  std::size_t Index(std::string_view column) const;  // throws std::out_of_range
  std::int64_t Int(std::string_view c) const { return Int(Index(c)); }
  double Double(std::string_view c) const { return Double(Index(c)); }
  std::string Str(std::string_view c) const { return Str(Index(c)); }
  std::optional<std::int64_t> OptInt(std::string_view c) const { return OptInt(Index(c)); }
  std::optional<std::string> OptStr(std::string_view c) const { return OptStr(Index(c)); }
  bool Bool(std::string_view c) const { return Int(c) != 0; }
  bool IsNull(std::string_view c) const { return IsNull(Index(c)); }

 private:
  std::vector<Value> values_;
  std::shared_ptr<const std::vector<std::string>> names_;
};

}  // namespace salient::store
