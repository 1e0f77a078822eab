#pragma once
// The global gradient-boosted model: ONE XGBoost model trained across all series of a
// level (so a short or noisy series borrows strength from its siblings), forecasting
// recursively one period at a time.
//
// Rows are window-normalised: the target and every lag/rolling feature are divided by
// the mean of the season before the target, so the trees learn ratios, not levels, and
// can follow a series that grows beyond anything seen in training.
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "forecast/calendar.hpp"

namespace salient::forecast {

struct BoostSeries {
  std::span<const double> values;  // history
  Date first;                      // label of values[0]
  // Optional regressors known for history AND horizon (size = values + horizon each),
  // e.g. discount level, visit counts, weighted pipeline, external indicators.
  std::vector<std::span<const double>> regressors;
  // Which series this is (0..n-1), a categorical feature when BoostOptions::by_series.
  int index = 0;
};

struct BoostOptions {
  Frequency frequency = Frequency::kMonthly;
  std::vector<std::string> regressor_names;
  int rounds = 300;
  double eta = 0.05;
  int max_depth = 4;
  bool tweedie = true;  // reg:tweedie (power 1.5) for sales; squared error otherwise
  bool by_series = true;  // the series index as a categorical feature
  int threads = 2;
  int seed = 0;  // of the row and column subsampling
  // Divide each series by its training mean instead of a recent window: steadier for
  // noisy series, blind to growth; the bag holds one model of each kind.
  bool series_scaled = false;
};

// One feature's push on a forecast: its mean SHAP contribution over the horizon on the
// model's output scale (log scale with the tweedie objective), good for ranking drivers.
struct Driver {
  std::string feature;
  double contribution = 0;
};

class BoostModel {
 public:
  ~BoostModel();
  BoostModel(BoostModel&&) noexcept;
  BoostModel& operator=(BoostModel&&) noexcept;

  // Trains on all rows of all series; nullptr when there are too few rows to learn from.
  static std::unique_ptr<BoostModel> Train(std::span<const BoostSeries> series, const BoostOptions& options);

  // Forecasts `horizon` periods for every series given in the same order as at training.
  std::vector<std::vector<double>> Forecast(std::span<const BoostSeries> series, int horizon) const;
  // The features that pushed the forecast of one series up or down the most.
  std::vector<Driver> Drivers(const BoostSeries& series, int horizon, size_t top = 5) const;

  const std::vector<std::string>& feature_names() const;

 private:
  struct Impl;
  explicit BoostModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace salient::forecast
