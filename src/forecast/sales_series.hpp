#pragma once
// Sales series from the orders: net line amounts (minor units) per period for every
// member of a level — total, zone, category, zone × category, channel, segment — with
// periods without sales as zeros, not gaps. Cancelled orders do not count.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/id.hpp"
#include "core/result.hpp"
#include "forecast/calendar.hpp"
#include "store/database.hpp"
#include "store/scope.hpp"

namespace salient::forecast {

struct Level {
  std::string name;                     // "zone_category"
  std::vector<std::string> dimensions;  // "zone", "category"
  bool has_zone() const;
};
// The hierarchy, top first.
const std::vector<Level>& Levels();
const Level* FindLevel(std::string_view name);

struct SalesSeries {
  std::string key;    // "zone=EAST|category=Furniture"; "total" for the total
  std::string label;  // "East / Furniture"
  std::map<std::string, std::string> members;
  std::optional<core::Id> zone_id;
  Date first;
  std::vector<double> values;
};

// Series of every member of `level` with sales before `until` (a period label: that
// period and later are left out), zero-filled from `from` (or the first sale) to the
// period before `until`. Only orders in `scope` count.
core::Result<std::vector<SalesSeries>> BuildSalesSeries(store::Tx& tx, const Level& level, Frequency frequency,
                                                        const store::RecordScope& scope, Date until,
                                                        std::optional<Date> from = std::nullopt);

}  // namespace salient::forecast
