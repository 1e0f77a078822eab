#pragma once
// The accuracy loop: every stored forecast whose period has since completed is scored
// against what was really sold — WAPE, MASE, bias and 80/95% interval coverage — by
// level, horizon (periods after the run's as-of), model and run. Scoped like the
// forecasts themselves.
#include <boost/json/value.hpp>

#include <string_view>

#include "auth/actor.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::forecast {

core::Result<boost::json::value> ForecastAccuracy(store::Database& db, const auth::Actor& actor,
                                                  std::string_view frequency);

}  // namespace salient::forecast
