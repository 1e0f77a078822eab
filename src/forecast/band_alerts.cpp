#include "forecast/band_alerts.hpp"

#include <algorithm>
#include <cmath>

namespace salient::forecast {

std::vector<BandBreach> FindBandBreaches(std::span<const ActualVsForecast> periods, const BandRule& rule) {
  std::vector<BandBreach> out;
  int streak = 0, direction = 0;
  BandBreach current;
  for (const auto& p : periods) {
    const double band = std::abs(p.forecast) * rule.threshold;
    const double lo = std::min(p.forecast - band, p.lo80), hi = std::max(p.forecast + band, p.hi80);
    const int side = p.actual > hi ? 1 : p.actual < lo ? -1 : 0;
    if (side == 0 || side != direction) {
      streak = 0;
      direction = side;
      current = BandBreach{p.date, p.date, side, 0};
    }
    if (side == 0) continue;
    ++streak;
    current.gap += p.actual - p.forecast;
    if (streak == rule.consecutive) {
      current.fired = p.date;
      out.push_back(current);
    }
  }
  return out;
}

std::vector<ChildGap> RankChildGaps(std::vector<ChildGap> children) {
  double total = 0;
  for (auto& child : children) {
    child.gap = child.actual - child.forecast;
    total += child.gap;
  }
  for (auto& child : children) child.share = total != 0 ? child.gap / total : 0.0;
  std::sort(children.begin(), children.end(), [](const ChildGap& a, const ChildGap& b) { return a.share > b.share; });
  return children;
}

}  // namespace salient::forecast
