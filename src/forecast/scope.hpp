#pragma once
// Who sees which forecasts (or forecast alerts): the caller's record scope on `object`. Everything with scope
// `all`; with a zone (or subtree) scope only levels that have a zone dimension, and only
// the series of those zones.
#include <algorithm>
#include <optional>
#include <string_view>

#include "auth/actor.hpp"
#include "core/result.hpp"
#include "forecast/sales_series.hpp"

namespace salient::forecast {

class ForecastScope {
 public:
  explicit ForecastScope(const auth::Actor& actor, std::string_view object = "forecast")
      : scope_(actor.Scope(object)) {}

  bool SeesEverything() const { return scope_.kind == store::ScopeKind::kAll; }
  bool MaySeeLevel(const Level& level) const { return SeesEverything() || level.has_zone(); }
  bool MaySee(const Level& level, std::optional<core::Id> zone_id) const {
    if (SeesEverything()) return true;
    if (!level.has_zone() || !zone_id) return false;
    return std::find(scope_.zone_ids.begin(), scope_.zone_ids.end(), *zone_id) != scope_.zone_ids.end();
  }

 private:
  store::RecordScope scope_;
};

// The frequencies runs store and the API serves: monthly and daily; 400 naming the field
// otherwise.
inline core::Result<Frequency> ServedFrequency(std::string_view text) {
  const auto frequency = ParseFrequency(text);
  if (!frequency || (*frequency != Frequency::kMonthly && *frequency != Frequency::kDaily)) {
    return core::Error::Invalid("frequency", "must be monthly or daily");
  }
  return *frequency;
}

}  // namespace salient::forecast
