#include "workflow/record_source.hpp"

#include <chrono>
#include <cmath>
#include <fmt/format.h>

namespace salient::workflow {

std::string FormatExprValue(const ExprValue& value) {
  if (value.is_null()) return "";
  if (auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (auto* n = std::get_if<double>(&value)) {
    if (std::abs(*n - std::round(*n)) < 1e-9) return fmt::format("{}", static_cast<long long>(std::llround(*n)));
    return fmt::format("{:.2f}", *n);
  }
  if (auto* s = std::get_if<std::string>(&value)) return *s;
  if (auto* d = std::get_if<ExprDate>(&value)) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(d->day))};
    return fmt::format("{:04d}-{:02d}-{:02d}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  }
  std::string out;
  for (const auto& item : std::get<ExprList>(value)) out += (out.empty() ? "" : ", ") + FormatExprValue(item);
  return out;
}

std::string RenderTemplate(std::string_view text, const FieldValues& values) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto open = text.find("{{", i);
    if (open == std::string_view::npos) break;
    const auto close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    std::string name(text.substr(open + 2, close - open - 2));
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    auto it = values.find(name);
    out += it != values.end() ? FormatExprValue(it->second) : std::string(text.substr(open, close + 2 - open));
    i = close + 2;
  }
  out.append(text.substr(i));
  return out;
}

}  // namespace salient::workflow
