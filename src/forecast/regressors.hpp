#pragma once
// What the global model may learn from besides the sales themselves, per series and
// period over history and horizon:
//   discount_pct     the average discount given (the horizon repeats the last 3 periods')
//   visits           customer visits done or planned (the "interaction frequency")
//   weighted_pipeline  open opportunities expected to close in the period × stage probability
//   indicator:NAME   uploaded external indicators, joined by date and by dimension member
// Periods without a value are NaN, which the model treats as missing.
#include <string>
#include <vector>

#include "core/result.hpp"
#include "forecast/calendar.hpp"
#include "forecast/sales_series.hpp"
#include "store/database.hpp"

namespace salient::forecast {

struct Regressors {
  std::vector<std::string> names;
  // per series (in the order given), per regressor: values for the series' periods
  // followed by `horizon` more
  std::vector<std::vector<std::vector<double>>> values;
};

core::Result<Regressors> BuildRegressors(store::Tx& tx, Frequency frequency, const std::vector<SalesSeries>& series,
                                         int horizon);

}  // namespace salient::forecast
