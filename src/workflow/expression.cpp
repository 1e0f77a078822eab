#include "workflow/expression.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>

namespace salient::workflow {

std::string_view ExprTypeName(ExprType type) {
  switch (type) {
    case ExprType::kBool: return "true/false";
    case ExprType::kNumber: return "number";
    case ExprType::kString: return "text";
    case ExprType::kDate: return "date";
    case ExprType::kList: return "list";
    case ExprType::kNull: return "null";
  }
  return "?";
}

struct ExprNode {
  enum class Kind { kLiteral, kField, kNot, kNegate, kBinary, kIn, kCall, kList } kind = Kind::kLiteral;
  ExprType type = ExprType::kNull;
  ExprValue literal;
  std::string name;  // field, operator or function
  std::vector<std::shared_ptr<const ExprNode>> args;
  bool negated = false;  // "not in"
};

namespace {

using NodePtr = std::shared_ptr<const ExprNode>;

struct Token {
  enum class Kind { kEnd, kNumber, kString, kIdent, kOp } kind = Kind::kEnd;
  std::string text;
  double number = 0;
  std::size_t offset = 0;  // bytes
};

struct Failure {
  std::size_t offset;
  std::string message;
};

bool IsIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    Token t;
    t.offset = i;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t j = i;
      while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.')) ++j;
      t.kind = Token::Kind::kNumber;
      t.text = std::string(s.substr(i, j - i));
      char* end = nullptr;
      t.number = std::strtod(t.text.c_str(), &end);
      if (end != t.text.c_str() + t.text.size()) throw Failure{i, "'" + t.text + "' is not a number"};
      i = j;
    } else if (c == '\'' || c == '"') {
      std::size_t j = i + 1;
      std::string text;
      while (j < s.size() && s[j] != c) {
        if (s[j] == '\\' && j + 1 < s.size()) ++j;
        text += s[j++];
      }
      if (j >= s.size()) throw Failure{i, "this text has no closing quote"};
      t.kind = Token::Kind::kString;
      t.text = std::move(text);
      i = j + 1;
    } else if (IsIdentStart(c)) {
      std::size_t j = i;
      while (j < s.size() && IsIdentChar(s[j])) ++j;
      t.kind = Token::Kind::kIdent;
      t.text = std::string(s.substr(i, j - i));
      i = j;
    } else {
      static const char* kOps[] = {"==", "!=", "<>", "<=", ">=", "&&", "||", "(", ")", "[", "]", ",",
                                   "+",  "-",  "*",  "/",  "%",  "=",  "<",  ">", "!"};
      const char* found = nullptr;
      for (const char* op : kOps)
        if (s.substr(i, std::strlen(op)) == op) {
          found = op;
          break;
        }
      if (!found) throw Failure{i, std::string("unexpected character '") + c + "'"};
      t.kind = Token::Kind::kOp;
      t.text = found;
      i += t.text.size();
    }
    out.push_back(std::move(t));
  }
  Token end;
  end.offset = s.size();
  out.push_back(end);
  return out;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<std::int64_t> ParseIsoDay(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || std::sscanf(std::string(text).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d))};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, const FieldTypes& fields) : tokens_(std::move(tokens)), fields_(fields) {}

  NodePtr ParseAll() {
    NodePtr node = Or();
    if (Peek().kind != Token::Kind::kEnd) Fail(Peek(), "unexpected '" + Peek().text + "'");
    return node;
  }
  std::vector<std::string> used_fields;

 private:
  const Token& Peek() const { return tokens_[pos_]; }
  const Token& Next() { return tokens_[pos_ == tokens_.size() - 1 ? pos_ : pos_++]; }
  [[noreturn]] void Fail(const Token& at, std::string message) const { throw Failure{at.offset, std::move(message)}; }
  bool IsOp(std::string_view op) const { return Peek().kind == Token::Kind::kOp && Peek().text == op; }
  bool IsWord(std::string_view word) const { return Peek().kind == Token::Kind::kIdent && Lower(Peek().text) == word; }
  void Expect(std::string_view op) {
    if (!IsOp(op)) Fail(Peek(), Peek().kind == Token::Kind::kEnd ? "expected '" + std::string(op) + "' at the end"
                                                                  : "expected '" + std::string(op) + "'");
    Next();
  }

  static NodePtr Make(ExprNode node) { return std::make_shared<const ExprNode>(std::move(node)); }
  static NodePtr Make(ExprNode::Kind kind, ExprType type, ExprValue literal, std::string name = {},
                      std::vector<NodePtr> args = {}) {
    ExprNode node;
    node.kind = kind;
    node.type = type;
    node.literal = std::move(literal);
    node.name = std::move(name);
    node.args = std::move(args);
    return Make(std::move(node));
  }

  void RequireType(const Token& at, const NodePtr& n, ExprType want, std::string_view what) const {
    if (n->type != want && n->type != ExprType::kNull)
      Fail(at, std::string(what) + " needs " + std::string(ExprTypeName(want)) + ", not " +
                   std::string(ExprTypeName(n->type)));
  }

  NodePtr Or() {
    NodePtr left = And();
    while (IsWord("or") || IsOp("||")) {
      const Token op = Next();
      NodePtr right = And();
      RequireType(op, left, ExprType::kBool, "'or'");
      RequireType(op, right, ExprType::kBool, "'or'");
      left = Make(ExprNode::Kind::kBinary, ExprType::kBool, {}, "or", {left, right});
    }
    return left;
  }
  NodePtr And() {
    NodePtr left = Not();
    while (IsWord("and") || IsOp("&&")) {
      const Token op = Next();
      NodePtr right = Not();
      RequireType(op, left, ExprType::kBool, "'and'");
      RequireType(op, right, ExprType::kBool, "'and'");
      left = Make(ExprNode::Kind::kBinary, ExprType::kBool, {}, "and", {left, right});
    }
    return left;
  }
  NodePtr Not() {
    if (IsWord("not") || IsOp("!")) {
      const Token op = Next();
      NodePtr inner = Not();
      RequireType(op, inner, ExprType::kBool, "'not'");
      return Make(ExprNode::Kind::kNot, ExprType::kBool, {}, "not", {inner});
    }
    return Comparison();
  }
  NodePtr Comparison() {
    NodePtr left = Additive();
    static const std::vector<std::string> kCompare = {"=", "==", "!=", "<>", "<", "<=", ">", ">="};
    if (Peek().kind == Token::Kind::kOp && std::find(kCompare.begin(), kCompare.end(), Peek().text) != kCompare.end()) {
      const Token op = Next();
      NodePtr right = Additive();
      std::string name = op.text == "==" ? "=" : op.text == "<>" ? "!=" : op.text;
      const bool equality = name == "=" || name == "!=";
      if (left->type != ExprType::kNull && right->type != ExprType::kNull) {
        if (left->type != right->type)
          Fail(op, "cannot compare " + std::string(ExprTypeName(left->type)) + " with " +
                       std::string(ExprTypeName(right->type)));
        if (!equality && (left->type == ExprType::kBool || left->type == ExprType::kList))
          Fail(op, "'" + op.text + "' cannot order " + std::string(ExprTypeName(left->type)));
      }
      return Make(ExprNode::Kind::kBinary, ExprType::kBool, {}, name, {left, right});
    }
    bool negated = false;
    if (IsWord("not") && pos_ + 1 < tokens_.size() && tokens_[pos_ + 1].kind == Token::Kind::kIdent &&
        Lower(tokens_[pos_ + 1].text) == "in") {
      Next();
      negated = true;
    }
    if (IsWord("in")) {
      const Token op = Next();
      NodePtr list = Additive();
      if (list->type != ExprType::kList) Fail(op, "'in' needs a list like ['a', 'b'] on its right");
      for (const auto& item : list->args)
        if (item->type != left->type && item->type != ExprType::kNull && left->type != ExprType::kNull)
          Fail(op, "the list holds " + std::string(ExprTypeName(item->type)) + " but the left side is " +
                       std::string(ExprTypeName(left->type)));
      ExprNode node;
      node.kind = ExprNode::Kind::kIn;
      node.type = ExprType::kBool;
      node.name = "in";
      node.args = {left, list};
      node.negated = negated;
      return Make(std::move(node));
    }
    if (negated) Fail(Peek(), "expected 'in' after 'not'");
    return left;
  }
  NodePtr Additive() {
    NodePtr left = Multiplicative();
    while (IsOp("+") || IsOp("-")) {
      const Token op = Next();
      NodePtr right = Multiplicative();
      ExprType type = ExprType::kNumber;
      const auto l = left->type, r = right->type;
      if (l == ExprType::kNull || r == ExprType::kNull) type = l == ExprType::kNull ? r : l;
      else if (l == ExprType::kNumber && r == ExprType::kNumber) type = ExprType::kNumber;
      else if (op.text == "+" && l == ExprType::kString && r == ExprType::kString) type = ExprType::kString;
      else if (l == ExprType::kDate && r == ExprType::kNumber) type = ExprType::kDate;
      else if (op.text == "-" && l == ExprType::kDate && r == ExprType::kDate) type = ExprType::kNumber;
      else
        Fail(op, "cannot " + std::string(op.text == "+" ? "add " : "subtract ") + std::string(ExprTypeName(r)) +
                     (op.text == "+" ? " to " : " from ") + std::string(ExprTypeName(l)));
      left = Make(ExprNode::Kind::kBinary, type, {}, op.text, {left, right});
    }
    return left;
  }
  NodePtr Multiplicative() {
    NodePtr left = Unary();
    while (IsOp("*") || IsOp("/") || IsOp("%")) {
      const Token op = Next();
      NodePtr right = Unary();
      RequireType(op, left, ExprType::kNumber, "'" + op.text + "'");
      RequireType(op, right, ExprType::kNumber, "'" + op.text + "'");
      left = Make(ExprNode::Kind::kBinary, ExprType::kNumber, {}, op.text, {left, right});
    }
    return left;
  }
  NodePtr Unary() {
    if (IsOp("-")) {
      const Token op = Next();
      NodePtr inner = Unary();
      RequireType(op, inner, ExprType::kNumber, "'-'");
      return Make(ExprNode::Kind::kNegate, ExprType::kNumber, {}, "-", {inner});
    }
    return Primary();
  }
  NodePtr Primary() {
    const Token t = Next();
    switch (t.kind) {
      case Token::Kind::kNumber: return Make(ExprNode::Kind::kLiteral, ExprType::kNumber, t.number);
      case Token::Kind::kString: return Make(ExprNode::Kind::kLiteral, ExprType::kString, t.text);
      case Token::Kind::kEnd: Fail(t, "the expression ends too early");
      case Token::Kind::kOp:
        if (t.text == "(") {
          NodePtr inner = Or();
          Expect(")");
          return inner;
        }
        if (t.text == "[") return List();
        Fail(t, "unexpected '" + t.text + "'");
      case Token::Kind::kIdent: break;
    }
    const std::string word = Lower(t.text);
    if (word == "true" || word == "false") return Make(ExprNode::Kind::kLiteral, ExprType::kBool, word == "true");
    if (word == "null") return Make(ExprNode::Kind::kLiteral, ExprType::kNull, std::monostate{});
    if (IsOp("(")) return Call(t);
    auto field = fields_.find(t.text);
    if (field == fields_.end()) {
      std::string known;
      for (const auto& [name, _] : fields_) {
        const auto dot = t.text.find('.');
        if (dot != std::string::npos && name.compare(0, dot + 1, t.text, 0, dot + 1) == 0)
          known += (known.empty() ? "" : ", ") + name;
      }
      Fail(t, "unknown field '" + t.text + "'" + (known.empty() ? "" : " (fields: " + known + ")"));
    }
    if (std::find(used_fields.begin(), used_fields.end(), t.text) == used_fields.end()) used_fields.push_back(t.text);
    return Make(ExprNode::Kind::kField, field->second, {}, t.text);
  }
  NodePtr List() {
    ExprNode node;
    node.kind = ExprNode::Kind::kList;
    node.type = ExprType::kList;
    if (!IsOp("]")) {
      do {
        if (IsOp(",")) Next();
        node.args.push_back(Or());
        if (node.args.back()->type == ExprType::kList) Fail(Peek(), "lists cannot hold lists");
      } while (IsOp(","));
    }
    Expect("]");
    return Make(std::move(node));
  }
  NodePtr Call(const Token& name_token) {
    const std::string name = Lower(name_token.text);
    Next();  // (
    std::vector<NodePtr> args;
    std::vector<Token> at;
    if (!IsOp(")")) {
      do {
        if (IsOp(",")) Next();
        at.push_back(Peek());
        args.push_back(Or());
      } while (IsOp(","));
    }
    Expect(")");
    struct Signature {
      std::vector<ExprType> params;
      ExprType result;
    };
    static const std::map<std::string, Signature, std::less<>> kFunctions = {
        {"today", {{}, ExprType::kDate}},
        {"date", {{ExprType::kString}, ExprType::kDate}},
        {"days_between", {{ExprType::kDate, ExprType::kDate}, ExprType::kNumber}},
        {"lower", {{ExprType::kString}, ExprType::kString}},
        {"upper", {{ExprType::kString}, ExprType::kString}},
        {"len", {{ExprType::kNull}, ExprType::kNumber}},  // text or list, checked below
        {"contains", {{ExprType::kString, ExprType::kString}, ExprType::kBool}},
        {"abs", {{ExprType::kNumber}, ExprType::kNumber}},
        {"min", {{ExprType::kNumber, ExprType::kNumber}, ExprType::kNumber}},
        {"max", {{ExprType::kNumber, ExprType::kNumber}, ExprType::kNumber}},
    };
    auto fn = kFunctions.find(name);
    if (fn == kFunctions.end()) {
      std::string known;
      for (const auto& [n, _] : kFunctions) known += (known.empty() ? "" : ", ") + n;
      Fail(name_token, "unknown function '" + name_token.text + "' (functions: " + known + ")");
    }
    if (args.size() != fn->second.params.size())
      Fail(name_token, name + "() takes " + std::to_string(fn->second.params.size()) + " argument" +
                           (fn->second.params.size() == 1 ? "" : "s"));
    for (std::size_t i = 0; i < args.size(); ++i) {
      if (name == "len") {
        if (args[i]->type != ExprType::kString && args[i]->type != ExprType::kList && args[i]->type != ExprType::kNull)
          Fail(at[i], "len() needs text or a list");
        continue;
      }
      RequireType(at[i], args[i], fn->second.params[i], name + "()");
    }
    if (name == "date" && args[0]->kind == ExprNode::Kind::kLiteral &&
        !ParseIsoDay(std::get<std::string>(args[0]->literal)))
      Fail(at[0], "date() needs 'YYYY-MM-DD'");
    return Make(ExprNode::Kind::kCall, fn->second.result, {}, name, std::move(args));
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  const FieldTypes& fields_;
};

int CharPosition(std::string_view text, std::size_t byte_offset) {
  int chars = 0;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  return chars + 1;
}

// --- evaluation

bool Truthy(const ExprValue& v) { return std::holds_alternative<bool>(v) && std::get<bool>(v); }

bool Equal(const ExprValue& a, const ExprValue& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  return static_cast<const ExprValue::variant&>(a) == static_cast<const ExprValue::variant&>(b);
}

// <0, 0, >0 for two non-null values of one orderable type.
int Order(const ExprValue& a, const ExprValue& b) {
  if (auto* x = std::get_if<double>(&a)) return *x < std::get<double>(b) ? -1 : *x > std::get<double>(b) ? 1 : 0;
  if (auto* x = std::get_if<std::string>(&a)) return x->compare(std::get<std::string>(b));
  if (auto* x = std::get_if<ExprDate>(&a)) {
    const auto y = std::get<ExprDate>(b).day;
    return x->day < y ? -1 : x->day > y ? 1 : 0;
  }
  return 0;
}

ExprValue Eval(const ExprNode& n, const FieldValues& values, std::int64_t today) {
  using K = ExprNode::Kind;
  switch (n.kind) {
    case K::kLiteral: return n.literal;
    case K::kField: {
      auto it = values.find(n.name);
      return it == values.end() ? ExprValue{} : it->second;
    }
    case K::kNot: {
      ExprValue v = Eval(*n.args[0], values, today);
      return v.is_null() ? ExprValue{} : ExprValue{!std::get<bool>(v)};
    }
    case K::kNegate: {
      ExprValue v = Eval(*n.args[0], values, today);
      return v.is_null() ? ExprValue{} : ExprValue{-std::get<double>(v)};
    }
    case K::kList: {
      ExprList items;
      for (const auto& a : n.args) items.push_back(Eval(*a, values, today));
      return items;
    }
    case K::kIn: {
      ExprValue left = Eval(*n.args[0], values, today);
      ExprValue list = Eval(*n.args[1], values, today);
      if (left.is_null() || list.is_null()) return ExprValue{};
      const auto& items = std::get<ExprList>(list);
      const bool found = std::any_of(items.begin(), items.end(), [&](const ExprValue& i) { return Equal(left, i); });
      return found != n.negated;
    }
    case K::kBinary: {
      if (n.name == "and" || n.name == "or") {
        // Three-valued: false and null = false, true or null = true.
        ExprValue a = Eval(*n.args[0], values, today);
        if (n.name == "and" && !a.is_null() && !Truthy(a)) return false;
        if (n.name == "or" && Truthy(a)) return true;
        ExprValue b = Eval(*n.args[1], values, today);
        if (n.name == "and") return (!b.is_null() && !Truthy(b)) ? ExprValue{false} : (a.is_null() || b.is_null()) ? ExprValue{} : ExprValue{true};
        return Truthy(b) ? ExprValue{true} : (a.is_null() || b.is_null()) ? ExprValue{} : ExprValue{false};
      }
      ExprValue a = Eval(*n.args[0], values, today);
      ExprValue b = Eval(*n.args[1], values, today);
      if (n.name == "=") return Equal(a, b);
      if (n.name == "!=") return !Equal(a, b);
      if (a.is_null() || b.is_null()) return ExprValue{};
      if (n.name == "<") return Order(a, b) < 0;
      if (n.name == "<=") return Order(a, b) <= 0;
      if (n.name == ">") return Order(a, b) > 0;
      if (n.name == ">=") return Order(a, b) >= 0;
      if (auto* d = std::get_if<ExprDate>(&a)) {
        if (auto* e = std::get_if<ExprDate>(&b)) return static_cast<double>(d->day - e->day);
        const auto days = static_cast<std::int64_t>(std::llround(std::get<double>(b)));
        return ExprDate{n.name == "+" ? d->day + days : d->day - days};
      }
      if (auto* s = std::get_if<std::string>(&a)) return *s + std::get<std::string>(b);
      const double x = std::get<double>(a), y = std::get<double>(b);
      if (n.name == "+") return x + y;
      if (n.name == "-") return x - y;
      if (n.name == "*") return x * y;
      if (y == 0) return ExprValue{};  // division by zero: unknown, not a crash
      if (n.name == "/") return x / y;
      return std::fmod(x, y);
    }
    case K::kCall: {
      if (n.name == "today") return ExprDate{today};
      std::vector<ExprValue> args;
      for (const auto& a : n.args) args.push_back(Eval(*a, values, today));
      for (const auto& a : args)
        if (a.is_null()) return ExprValue{};
      if (n.name == "date") {
        auto day = ParseIsoDay(std::get<std::string>(args[0]));
        return day ? ExprValue{ExprDate{*day}} : ExprValue{};
      }
      if (n.name == "days_between") return static_cast<double>(std::get<ExprDate>(args[1]).day - std::get<ExprDate>(args[0]).day);
      if (n.name == "lower" || n.name == "upper") {
        std::string s = std::get<std::string>(args[0]);
        for (auto& c : s) c = static_cast<char>(n.name == "lower" ? std::tolower(static_cast<unsigned char>(c))
                                                                  : std::toupper(static_cast<unsigned char>(c)));
        return s;
      }
      if (n.name == "len") {
        if (auto* s = std::get_if<std::string>(&args[0])) return static_cast<double>(CharPosition(*s, s->size()) - 1);
        return static_cast<double>(std::get<ExprList>(args[0]).size());
      }
      if (n.name == "contains") return std::get<std::string>(args[0]).find(std::get<std::string>(args[1])) != std::string::npos;
      if (n.name == "abs") return std::abs(std::get<double>(args[0]));
      if (n.name == "min") return std::min(std::get<double>(args[0]), std::get<double>(args[1]));
      if (n.name == "max") return std::max(std::get<double>(args[0]), std::get<double>(args[1]));
      return ExprValue{};
    }
  }
  return ExprValue{};
}

}  // namespace

std::variant<Expression, ExprError> Expression::Parse(std::string_view text, const FieldTypes& fields) {
  try {
    Parser parser(Tokenize(text), fields);
    Expression e;
    e.root_ = parser.ParseAll();
    e.fields_ = std::move(parser.used_fields);
    return e;
  } catch (const Failure& f) {
    return ExprError{CharPosition(text, f.offset), f.message};
  }
}

ExprType Expression::type() const { return root_->type; }

ExprValue Expression::Evaluate(const FieldValues& values, std::int64_t today) const {
  return Eval(*root_, values, today);
}

bool Expression::Holds(const FieldValues& values, std::int64_t today) const { return Truthy(Evaluate(values, today)); }

std::variant<std::optional<Expression>, ExprError> ParseCondition(std::string_view text, const FieldTypes& fields) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::optional<Expression>{};
  auto parsed = Expression::Parse(text, fields);
  if (auto* error = std::get_if<ExprError>(&parsed)) return *error;
  auto& e = std::get<Expression>(parsed);
  if (e.type() != ExprType::kBool && e.type() != ExprType::kNull)
    return ExprError{1, "a condition must be true or false, but this is " + std::string(ExprTypeName(e.type()))};
  return std::optional<Expression>(std::move(e));
}

}  // namespace salient::workflow
