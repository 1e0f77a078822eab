#pragma once
// The rule condition language: a small, safe expression language over a record's fields.
// It is parsed and type-checked once (on save), then evaluated as a tree; nothing is ever
// executed as code.
//
//   customer.credit_used + quote.total > customer.credit_limit
//   order.status in ['confirmed', 'picking'] and not (customer.grade = 'C')
//   days_between(customer.last_visit_at, today()) > 30
//
// Literals: numbers, 'strings' or "strings", true, false, null, [lists]. Operators:
// + - * / %, = == != <> < <= > >=, and/&&, or/||, not/!, in, not in. Functions: today(),
// date('YYYY-MM-DD'), days_between(a, b) (b − a in days), lower(s), upper(s), len(s|list),
// contains(s, t), abs(n), min(a, b), max(a, b). Date ± number adds days; date − date is
// days. Anything involving a null field is null, and a null condition does not hold.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace salient::workflow {

enum class ExprType { kBool, kNumber, kString, kDate, kList, kNull };
std::string_view ExprTypeName(ExprType type);

struct ExprDate {
  std::int64_t day = 0;  // days since 1970-01-01
  bool operator==(const ExprDate&) const = default;
};

struct ExprValue;
using ExprList = std::vector<ExprValue>;
struct ExprValue : std::variant<std::monostate, bool, double, std::string, ExprDate, ExprList> {
  using variant::variant;
  bool is_null() const { return std::holds_alternative<std::monostate>(*this); }
};

// What a trigger offers: "quote.total" → kNumber, ...
using FieldTypes = std::map<std::string, ExprType, std::less<>>;
// The record's values under the same names; a missing name reads as null.
using FieldValues = std::map<std::string, ExprValue, std::less<>>;

struct ExprError {
  int position = 0;  // 1-based character (not byte) position in the text
  std::string message;
};

struct ExprNode;

class Expression {
 public:
  // Parses and type-checks `text` against `fields`; the first error, with its position.
  static std::variant<Expression, ExprError> Parse(std::string_view text, const FieldTypes& fields);

  ExprType type() const;
  ExprValue Evaluate(const FieldValues& values, std::int64_t today) const;
  // A condition holds when it evaluates to true (null does not hold).
  bool Holds(const FieldValues& values, std::int64_t today) const;
  // The field names it reads (e.g. to load only what is needed).
  const std::vector<std::string>& fields() const { return fields_; }

 private:
  std::shared_ptr<const ExprNode> root_;
  std::vector<std::string> fields_;
};

// Parses a condition: empty text means "always"; otherwise it must be true/false typed.
std::variant<std::optional<Expression>, ExprError> ParseCondition(std::string_view text, const FieldTypes& fields);

}  // namespace salient::workflow
