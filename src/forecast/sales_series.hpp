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
#include "forecast/band_alerts.hpp"
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

// "zone=EAST|category=Furniture" → {zone: EAST, category: Furniture}; "total" → {}.
std::map<std::string, std::string> MembersOfKey(std::string_view key);

// Series of every member of `level` with sales before `until` (a period label: that
// period and later are left out), zero-filled from `from` (or the first sale) to the
// period before `until`. Only orders in `scope` count.
core::Result<std::vector<SalesSeries>> BuildSalesSeries(store::Tx& tx, const Level& level, Frequency frequency,
                                                        const store::RecordScope& scope, Date until,
                                                        std::optional<Date> from = std::nullopt);

// Root cause of a gap without a forecast per child: each member of `dimension` (zone,
// category, channel, segment, customer or product) within the series `members`, its
// sales over [first, first + days) against what its daily average over the
// `baseline_days` before `first` would have given. Ranked by share of the total gap.
core::Result<std::vector<ChildGap>> ChildGapsVsBaseline(store::Tx& tx, const std::map<std::string, std::string>& members,
                                                        std::string_view dimension, Date first, int days,
                                                        int baseline_days);

}  // namespace salient::forecast
