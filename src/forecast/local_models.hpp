#pragma once
// The simple per-series ("local") models. Each takes one history and forecasts the next
// `horizon` periods; none returns NaN, whatever the input (empty, constant, all zeros).
#include <span>
#include <vector>

namespace salient::forecast {

// The value one season ago, repeated; the last value when there is less than a season.
std::vector<double> SeasonalNaive(std::span<const double> y, int period, int horizon);

// The Theta method (Assimakopoulos & Nikolopoulos 2000, as Hyndman & Billah 2003 show it
// is SES with drift): deseasonalised by classical multiplicative decomposition when a
// seasonality test at lag `period` passes, SES with optimised alpha, plus half the slope
// of the linear trend.
std::vector<double> Theta(std::span<const double> y, int period, int horizon);

// Teunter-Syntetos-Babai for intermittent demand: smooths the probability of a sale and
// the size of a sale separately, so the forecast decays when sales stop (Croston's method
// does not). Flat forecast.
std::vector<double> Tsb(std::span<const double> y, int horizon, double alpha = 0.1, double beta = 0.1);

// Share of zero observations; above ~0.4 a series counts as intermittent.
double ZeroShare(std::span<const double> y);

// Multiplicative seasonal indices (mean 1) by classical decomposition, when the
// autocorrelation at lag `period` is significant (90%) and the data allow it; empty
// otherwise. Index i belongs to observation i (mod period) counted from y[0].
std::vector<double> SeasonalIndices(std::span<const double> y, int period);

}  // namespace salient::forecast
