#pragma once
// Band alerts: sales that stay outside the forecast band for N consecutive periods
// (default 3) in the same direction raise one alert, on exactly the Nth period. The band
// is the point forecast ± a threshold (default 15%), widened to the forecast's 80%
// interval where that is wider: a noisy daily series is expected to stray 15% often, and
// alerting on every stray would teach people to ignore alerts; and the root cause of a gap:
// which child members (zones, products, customers, channels) make up most of it.
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "forecast/calendar.hpp"

namespace salient::forecast {

struct BandRule {
  double threshold = 0.15;  // relative to the point forecast
  int consecutive = 3;
};

struct ActualVsForecast {
  Date date;
  double actual = 0;
  double forecast = 0;
  double lo80 = std::numeric_limits<double>::infinity();   // no interval: the threshold alone
  double hi80 = -std::numeric_limits<double>::infinity();
};

struct BandBreach {
  Date first;  // first period of the streak
  Date fired;  // the Nth period, when the alert is raised
  int direction = 0;  // +1 above the band, -1 below
  double gap = 0;     // actual − forecast summed over the streak so far
};

// Walks the periods in date order; one breach per streak, however long it lasts.
std::vector<BandBreach> FindBandBreaches(std::span<const ActualVsForecast> periods, const BandRule& rule);

struct ChildGap {
  std::string key;
  std::string label;
  double actual = 0;    // summed over the periods examined
  double forecast = 0;
  double gap = 0;       // actual − forecast
  double share = 0;     // of the parent's gap, in the gap's direction (0..1 for contributors)
};

// Ranks children by how much of the parent's gap (same sign) they explain, largest first.
std::vector<ChildGap> RankChildGaps(std::vector<ChildGap> children);

}  // namespace salient::forecast
