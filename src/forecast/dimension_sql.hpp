#pragma once
// Internal to the forecast module: how each dimension a series can be cut by is read in
// SQL over order lines joined with their order, product, customer and zone.
#include <algorithm>
#include <iterator>
#include <string_view>

namespace salient::forecast {

struct DimensionSql {
  std::string_view name;
  std::string_view key_sql;    // the member's key (a code)
  std::string_view label_sql;  // what people read
};

inline constexpr DimensionSql kDimensions[] = {
    {"zone", "COALESCE(z.code, '-')", "COALESCE(z.name, '-')"},
    {"category", "p.category", "p.category"},
    {"channel", "o.channel", "o.channel"},
    {"segment", "c.segment", "c.segment"},
    {"customer", "c.code", "c.name"},
    {"product", "p.code", "p.name"},
};

// `name` must be one of kDimensions (series keys only ever hold those).
inline const DimensionSql& Dimension(std::string_view name) {
  return *std::find_if(std::begin(kDimensions), std::end(kDimensions),
                       [&](const DimensionSql& d) { return d.name == name; });
}

inline constexpr std::string_view kLinesJoined =
    " FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
    "JOIN customers c ON c.id = o.customer_id LEFT JOIN zones z ON z.id = o.zone_id ";

}  // namespace salient::forecast
