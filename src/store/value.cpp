#include "store/value.hpp"

#include <stdexcept>

namespace salient::store {

std::int64_t Row::Int(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) return p->empty() ? 0 : std::stoll(*p);
  return 0;
}

double Row::Double(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return p->empty() ? 0.0 : std::stod(*p);
  return 0.0;
}

std::string Row::Str(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
  return {};
}

std::string_view Row::View(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (std::holds_alternative<Null>(v)) return {};
  throw std::logic_error("column " + std::to_string(i) + " is not text");
}

std::optional<std::int64_t> RowView::OptInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<std::string> RowView::OptStr(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Str(i);
}

std::optional<std::string_view> RowView::OptView(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return View(i);
}

std::optional<double> RowView::OptDouble(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Double(i);
}

std::size_t Row::Index(std::string_view column) const {
  for (std::size_t i = 0; i < names_->size(); ++i)
    if ((*names_)[i] == column) return i;
  throw std::out_of_range("no column " + std::string(column));
}

}  // namespace salient::store
