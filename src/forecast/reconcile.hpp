#pragma once
// Coherent forecasts: after reconciliation every aggregate series' forecast equals the
// sum of its parts (the zones add up to the total, the zone × category cells to their
// zone and to their category). The hierarchy is read off the series keys
// ("zone=EAST|category=Furniture"): the bottom series are those with the most members;
// every other series sums the bottom series whose members include all of its own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "forecast/engine.hpp"

namespace salient::forecast {

enum class Reconciliation {
  kNone,
  kBottomUp,    // aggregates are the sums of the bottom forecasts
  kMinTShrink,  // MinT (Wickramasuriya et al. 2019) with a shrunk error covariance
};
std::optional<Reconciliation> ParseReconciliation(std::string_view text);  // none|bottom_up|mint

struct Hierarchy {
  std::vector<size_t> bottom;               // indices of the bottom series
  std::vector<std::vector<size_t>> covers;  // per series: positions in `bottom` it sums
};
// nullopt when some series covers no bottom series (the keys do not form a hierarchy).
std::optional<Hierarchy> HierarchyFromKeys(const std::vector<std::string>& keys);

// Adjusts the point forecasts in place and shifts each series' bands by the same amount.
// MinT estimates the covariance from the series' aligned backtest errors and falls back
// to structural weights (each series weighted by how many bottom series it sums) when
// there are too few. Non-negative series stay non-negative (bottom clipped at zero, then
// summed up again).
void Reconcile(const Hierarchy& hierarchy, std::vector<SeriesForecast>& forecasts, Reconciliation method,
               bool non_negative = true);

// Scales another cut of the same total (e.g. channels) so its parts add up to `total`
// at every step, keeping their shares; bands scale with their point.
void ScaleToTotal(std::vector<SeriesForecast>& parts, const std::vector<double>& total);

}  // namespace salient::forecast
