#pragma once
// Money is an integer number of minor units (fen, cents) with a currency code beside
// it; never floating point. These helpers convert to and from decimal text.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace salient::core {

using MinorUnits = std::int64_t;

// "261.96" → 26196; "1,234.5" → 123450; "-3" → -300. More than two decimals are rounded
// half away from zero ("0.125" → 13). nullopt for anything else.
std::optional<MinorUnits> ParseDecimalMoney(std::string_view text);
// 26196 → "261.96"
std::string FormatMoney(MinorUnits amount);
// amount × (10000 - basis_points) / 10000, rounded half away from zero.
MinorUnits ApplyDiscount(MinorUnits amount, int basis_points);

}  // namespace salient::core
