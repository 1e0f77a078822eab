#include "core/money.hpp"

#include <cstdlib>

namespace salient::core {

std::optional<MinorUnits> ParseDecimalMoney(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  MinorUnits whole = 0;
  bool digits = false;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] == ',') continue;
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    whole = whole * 10 + (text[i] - '0');
    if (whole > 90'000'000'000'000'000LL / 100) return std::nullopt;
    digits = true;
  }
  MinorUnits fraction = 0;
  int fraction_digits = 0;
  bool round_up = false;
  if (i < text.size()) {  // at '.'
    for (++i; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      digits = true;
      if (fraction_digits < 2) {
        fraction = fraction * 10 + (text[i] - '0');
        ++fraction_digits;
      } else if (fraction_digits == 2) {
        round_up = text[i] >= '5';
        ++fraction_digits;
      }
    }
  }
  if (!digits) return std::nullopt;
  while (fraction_digits < 2) fraction *= 10, ++fraction_digits;
  MinorUnits value = whole * 100 + fraction + (round_up ? 1 : 0);
  return negative ? -value : value;
}

std::string FormatMoney(MinorUnits amount) {
  const bool negative = amount < 0;
  const MinorUnits abs = negative ? -amount : amount;
  std::string fraction = std::to_string(abs % 100);
  if (fraction.size() < 2) fraction = "0" + fraction;
  return (negative ? "-" : "") + std::to_string(abs / 100) + "." + fraction;
}

MinorUnits ApplyDiscount(MinorUnits amount, int basis_points) {
  const __int128 scaled = static_cast<__int128>(amount) * (10000 - basis_points);
  const __int128 half = scaled >= 0 ? 5000 : -5000;
  return static_cast<MinorUnits>((scaled + half) / 10000);
}

}  // namespace salient::core
