#include "forecast/local_models.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salient::forecast {
namespace {

double Mean(std::span<const double> y) {
  return y.empty() ? 0.0 : std::accumulate(y.begin(), y.end(), 0.0) / double(y.size());
}

std::vector<double> Flat(double value, int horizon) {
  return std::vector<double>(std::max(horizon, 0), std::isfinite(value) ? value : 0.0);
}

// Simple exponential smoothing with the level started at y[0]; returns the in-sample sum
// of squared one-step errors and leaves the final level in `level`.
double SesErrors(std::span<const double> y, double alpha, double& level) {
  level = y[0];
  double sse = 0;
  for (size_t t = 1; t < y.size(); ++t) {
    const double error = y[t] - level;
    sse += error * error;
    level += alpha * error;
  }
  return sse;
}

// Golden-section search of alpha in [0.01, 0.99]: the SSE is unimodal enough in practice
// and this is an order of magnitude cheaper than a general optimiser for one parameter.
double BestAlpha(std::span<const double> y) {
  constexpr double kRatio = 0.6180339887498949;
  double lo = 0.01, hi = 0.99, level = 0;
  double a = hi - kRatio * (hi - lo), b = lo + kRatio * (hi - lo);
  double fa = SesErrors(y, a, level), fb = SesErrors(y, b, level);
  for (int i = 0; i < 40 && hi - lo > 1e-4; ++i) {
    if (fa < fb) {
      hi = b, b = a, fb = fa, a = hi - kRatio * (hi - lo), fa = SesErrors(y, a, level);
    } else {
      lo = a, a = b, fa = fb, b = lo + kRatio * (hi - lo), fb = SesErrors(y, b, level);
    }
  }
  return (lo + hi) / 2;
}

double Autocorrelation(std::span<const double> y, int lag) {
  const double mean = Mean(y);
  double numerator = 0, denominator = 0;
  for (size_t t = 0; t < y.size(); ++t) {
    denominator += (y[t] - mean) * (y[t] - mean);
    if (t >= size_t(lag)) numerator += (y[t] - mean) * (y[t - lag] - mean);
  }
  return denominator > 0 ? numerator / denominator : 0.0;
}

}  // namespace

std::vector<double> SeasonalNaive(std::span<const double> y, int period, int horizon) {
  if (y.empty()) return Flat(0, horizon);
  const size_t m = period > 1 && y.size() >= size_t(period) ? size_t(period) : 1;
  std::vector<double> out(std::max(horizon, 0));
  for (size_t j = 0; j < out.size(); ++j) out[j] = y[y.size() - m + j % m];
  return out;
}

double ZeroShare(std::span<const double> y) {
  if (y.empty()) return 0;
  return double(std::count(y.begin(), y.end(), 0.0)) / double(y.size());
}

std::vector<double> SeasonalIndices(std::span<const double> y, int period) {
  const size_t n = y.size(), m = size_t(std::max(period, 1));
  if (m < 2 || n <= 2 * m || *std::min_element(y.begin(), y.end()) <= 0) return {};
  // Seasonality test of thetaf: |r_m| beyond the 90% limit of Bartlett's formula.
  double sum_sq = 0;
  for (size_t k = 1; k < m; ++k) sum_sq += std::pow(Autocorrelation(y, int(k)), 2);
  const double r_m = Autocorrelation(y, int(m));
  if (std::abs(r_m) <= 1.645 * std::sqrt((1 + 2 * sum_sq) / double(n))) return {};

  // Ratio to a centred moving average (2×m when m is even), averaged by season position.
  std::vector<double> ratio_sum(m, 0.0);
  std::vector<int> ratio_count(m, 0);
  const size_t half = m / 2;
  for (size_t t = half; t + half < n; ++t) {
    double trend = 0;
    if (m % 2 == 0) {
      for (size_t k = t - half; k <= t + half; ++k) {
        trend += (k == t - half || k == t + half ? 0.5 : 1.0) * y[k];
      }
    } else {
      for (size_t k = t - half; k <= t + half; ++k) trend += y[k];
    }
    trend /= double(m);
    ratio_sum[t % m] += y[t] / trend;
    ++ratio_count[t % m];
  }
  std::vector<double> indices(m);
  for (size_t i = 0; i < m; ++i) indices[i] = ratio_count[i] ? ratio_sum[i] / ratio_count[i] : 1.0;
  const double mean_index = Mean(indices);
  for (double& index : indices) index /= mean_index;
  return indices;
}

std::vector<double> Theta(std::span<const double> y, int period, int horizon) {
  const size_t n = y.size();
  if (n < 3) return Flat(n ? y.back() : 0.0, horizon);
  const std::vector<double> indices = SeasonalIndices(y, period);
  std::vector<double> adjusted(y.begin(), y.end());
  for (size_t t = 0; t < n && !indices.empty(); ++t) adjusted[t] /= indices[t % indices.size()];

  // Slope of the least-squares line through the adjusted series.
  const double t_mean = double(n - 1) / 2, y_mean = Mean(adjusted);
  double sxy = 0, sxx = 0;
  for (size_t t = 0; t < n; ++t) {
    sxy += (double(t) - t_mean) * (adjusted[t] - y_mean);
    sxx += (double(t) - t_mean) * (double(t) - t_mean);
  }
  const double slope = sxx > 0 ? sxy / sxx : 0.0;
  const double alpha = BestAlpha(adjusted);
  double level = 0;
  SesErrors(adjusted, alpha, level);

  std::vector<double> out(std::max(horizon, 0));
  const double decay = std::pow(1 - alpha, double(n)) / alpha;
  for (size_t j = 0; j < out.size(); ++j) {
    double value = level + 0.5 * slope * (double(j) + 1.0 / alpha - decay);
    if (!indices.empty()) value *= indices[(n + j) % indices.size()];
    out[j] = std::isfinite(value) ? value : level;
  }
  return out;
}

std::vector<double> Tsb(std::span<const double> y, int horizon, double alpha, double beta) {
  if (y.empty()) return Flat(0, horizon);
  // Start from the first sale: probability of a sale and its mean size over the history.
  const double sales = double(y.size()) - double(std::count(y.begin(), y.end(), 0.0));
  if (sales == 0) return Flat(0, horizon);
  double probability = sales / double(y.size());
  double size = std::accumulate(y.begin(), y.end(), 0.0) / sales;
  for (double value : y) {
    const bool sold = value != 0;
    probability += beta * ((sold ? 1.0 : 0.0) - probability);
    if (sold) size += alpha * (value - size);
  }
  return Flat(probability * size, horizon);
}

}  // namespace salient::forecast
