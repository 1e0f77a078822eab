#pragma once
// The data-quality gate run before any training. Each check scores 0..1 over the recent
// orders; the health score is the worst of them, so one bad source is enough to stop a
// run, and the message names what is wrong:
//   fields      order lines missing a dimension the forecasts are cut by (zone, channel,
//               customer segment, product category)
//   days        days with any sales among the last 90 (a feed that skips days)
//   freshness   days since the last sale (a stale feed)
//   duplicates  orders that repeat another's customer, day, total and line count
//   outliers    the share of sales on days far beyond the usual (typos, test data)
#include <string>
#include <vector>

#include "core/result.hpp"
#include "forecast/calendar.hpp"
#include "store/database.hpp"

namespace salient::forecast {

struct QualityCheck {
  std::string name;     // fields | days | freshness | duplicates | outliers
  double score = 1;     // 0..1
  std::string problem;  // empty when fine
};

struct DataQuality {
  double score = 1;
  std::vector<QualityCheck> checks;
  std::string Summary() const;  // the problems, worst first
};

// Over the orders before `today` (the 90 days before it; a year for outliers).
core::Result<DataQuality> CheckDataQuality(store::Tx& tx, Date today);

}  // namespace salient::forecast
