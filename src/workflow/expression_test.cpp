#include "workflow/expression.hpp"

#include <gtest/gtest.h>

namespace salient::workflow {
namespace {

const FieldTypes kFields = {{"quote.total", ExprType::kNumber},
                            {"customer.credit_used", ExprType::kNumber},
                            {"customer.credit_limit", ExprType::kNumber},
                            {"customer.grade", ExprType::kString},
                            {"customer.name", ExprType::kString},
                            {"customer.last_visit_at", ExprType::kDate},
                            {"order.status", ExprType::kString},
                            {"quote.urgent", ExprType::kBool}};

constexpr std::int64_t kToday = 20000;  // 2024-10-04

Expression Parse(std::string_view text) {
  auto parsed = Expression::Parse(text, kFields);
  if (auto* e = std::get_if<ExprError>(&parsed)) ADD_FAILURE() << text << ": " << e->position << " " << e->message;
  return std::get<Expression>(parsed);
}

ExprError ErrorOf(std::string_view text) {
  auto parsed = ParseCondition(text, kFields);
  EXPECT_TRUE(std::holds_alternative<ExprError>(parsed)) << text << " should not parse";
  return std::holds_alternative<ExprError>(parsed) ? std::get<ExprError>(parsed) : ExprError{};
}

TEST(Expression, CreditCheckCondition) {
  const auto e = Parse("customer.credit_used + quote.total > customer.credit_limit");
  EXPECT_EQ(e.type(), ExprType::kBool);
  EXPECT_TRUE(e.Holds({{"customer.credit_used", 800.0}, {"quote.total", 300.0}, {"customer.credit_limit", 1000.0}}, kToday));
  EXPECT_FALSE(e.Holds({{"customer.credit_used", 600.0}, {"quote.total", 300.0}, {"customer.credit_limit", 1000.0}}, kToday));
  EXPECT_EQ(e.fields(), (std::vector<std::string>{"customer.credit_used", "quote.total", "customer.credit_limit"}));
}

TEST(Expression, PrecedenceAndLogic) {
  EXPECT_EQ(std::get<double>(Parse("1 + 2 * 3 - 4 / 2").Evaluate({}, kToday)), 5.0);
  EXPECT_EQ(std::get<double>(Parse("-(1 + 2) % 2").Evaluate({}, kToday)), -1.0);
  EXPECT_TRUE(Parse("not false and (true or false)").Holds({}, kToday));
  EXPECT_TRUE(Parse("1 < 2 && !(2 <= 1) || false").Holds({}, kToday));
}

TEST(Expression, InListsAndText) {
  const auto e = Parse("order.status in ['confirmed', 'picking'] and customer.grade not in ['C']");
  EXPECT_TRUE(e.Holds({{"order.status", std::string("picking")}, {"customer.grade", std::string("A")}}, kToday));
  EXPECT_FALSE(e.Holds({{"order.status", std::string("created")}, {"customer.grade", std::string("A")}}, kToday));
  EXPECT_TRUE(Parse("contains(lower(customer.name), 'ltd') and len(customer.name) = 8")
                  .Holds({{"customer.name", std::string("Acme LTD")}}, kToday));
  EXPECT_EQ(std::get<double>(Parse("len('华东战区')").Evaluate({}, kToday)), 4.0);  // characters, not bytes
}

TEST(Expression, DateMath) {
  const auto e = Parse("days_between(customer.last_visit_at, today()) > 30");
  EXPECT_TRUE(e.Holds({{"customer.last_visit_at", ExprDate{kToday - 31}}}, kToday));
  EXPECT_FALSE(e.Holds({{"customer.last_visit_at", ExprDate{kToday - 30}}}, kToday));
  EXPECT_TRUE(Parse("customer.last_visit_at + 30 < today()").Holds({{"customer.last_visit_at", ExprDate{kToday - 31}}}, kToday));
  EXPECT_TRUE(Parse("date('2024-10-04') = today()").Holds({}, kToday));
  EXPECT_EQ(std::get<double>(Parse("today() - date('2024-10-01')").Evaluate({}, kToday)), 3.0);
}

TEST(Expression, NullsNeverHoldAndNeverCrash) {
  const auto e = Parse("customer.credit_used + quote.total > customer.credit_limit");
  EXPECT_FALSE(e.Holds({{"quote.total", 1.0}}, kToday));  // unknown credit: not a breach
  EXPECT_TRUE(Parse("customer.last_visit_at = null").Holds({}, kToday));
  EXPECT_TRUE(Parse("false and customer.credit_limit > 0").Evaluate({}, kToday) == ExprValue{false});
  EXPECT_TRUE(Parse("quote.total / 0 > 1").Evaluate({{"quote.total", 5.0}}, kToday).is_null());
}

TEST(Expression, ErrorsNameThePosition) {
  auto unknown = ErrorOf("quote.totl > 5");
  EXPECT_EQ(unknown.position, 1);
  EXPECT_NE(unknown.message.find("unknown field 'quote.totl'"), std::string::npos);
  EXPECT_NE(unknown.message.find("quote.total"), std::string::npos);  // suggests the object's fields

  auto mixed = ErrorOf("quote.total > 'abc'");
  EXPECT_EQ(mixed.position, 13);
  EXPECT_NE(mixed.message.find("cannot compare number with text"), std::string::npos);

  EXPECT_EQ(ErrorOf("quote.total > 5 and").message, "the expression ends too early");
  EXPECT_EQ(ErrorOf("(quote.total > 5").message, "expected ')' at the end");
  EXPECT_EQ(ErrorOf("quote.total + 1").message, "a condition must be true or false, but this is number");
  auto quote = ErrorOf("customer.grade = 'A");
  EXPECT_EQ(quote.position, 18);
  EXPECT_EQ(ErrorOf("'客户' = 5").position, 6);  // characters, not bytes
  EXPECT_NE(ErrorOf("system('rm -rf /')").message.find("unknown function 'system'"), std::string::npos);
  EXPECT_NE(ErrorOf("date('2024-02-30') = today()").message.find("YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(ErrorOf("quote.urgent + 1 > 2").message.find("cannot add number to true/false"), std::string::npos);
  EXPECT_NE(ErrorOf("customer.grade in 'A'").message.find("needs a list"), std::string::npos);
  EXPECT_NE(ErrorOf("quote.total $ 2").message.find("unexpected character '$'"), std::string::npos);
}

TEST(Expression, EmptyConditionAlwaysHolds) {
  auto parsed = ParseCondition("  ", kFields);
  ASSERT_TRUE(std::holds_alternative<std::optional<Expression>>(parsed));
  EXPECT_FALSE(std::get<std::optional<Expression>>(parsed).has_value());
}

}  // namespace
}  // namespace salient::workflow
