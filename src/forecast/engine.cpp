#include "forecast/engine.hpp"

#include <algorithm>
#include <array>
#include <future>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "forecast/boost_model.hpp"
#include "forecast/ets.hpp"
#include "forecast/local_models.hpp"

namespace salient::forecast {
namespace {

enum Method { kSnaive, kTheta, kEts, kTsb, kBoost, kMethodCount };
constexpr std::array<const char*, kMethodCount> kMethodNames = {"snaive", "theta", "ets", "tsb", "boost"};

// A candidate is a single method or an equal-weight mean of several.
struct Candidate {
  std::string name;
  std::vector<Method> members;
};

std::vector<Candidate> Candidates() {
  return {{"snaive", {kSnaive}},
          {"theta", {kTheta}},
          {"ets", {kEts}},
          {"tsb", {kTsb}},
          {"boost", {kBoost}},
          {"ensemble(ets+theta)", {kEts, kTheta}},
          {"ensemble(boost+theta)", {kBoost, kTheta}},
          {"ensemble(boost+ets)", {kBoost, kEts}},
          {"ensemble(boost+ets+theta)", {kBoost, kEts, kTheta}}};
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Share of zero periods beyond which a series is intermittent.
constexpr double kIntermittent = 0.3;
// Fewest residuals a class needs for its own interval quantiles.
constexpr size_t kMinConformal = 40;

// Forecasts of every method for every series from one origin; an empty vector means
// the method does not apply to that series.
using MethodForecasts = std::array<std::vector<std::vector<double>>, kMethodCount>;

// The MASE denominator (as in M4): mean absolute seasonal difference, falling back to
// the lag-1 difference, then to the mean absolute value, then 1.
double ErrorScale(std::span<const double> y, int period) {
  for (int lag : {period, 1}) {
    if (lag < 1 || y.size() <= size_t(lag)) continue;
    double sum = 0;
    for (size_t t = lag; t < y.size(); ++t) sum += std::abs(y[t] - y[t - lag]);
    if (sum > 0) return sum / double(y.size() - lag);
  }
  double sum = 0;
  for (double v : y) sum += std::abs(v);
  return sum > 0 ? sum / double(y.size()) : 1.0;
}

// The scale of an error made from the end of `history`: the mean absolute value of its
// last season (or horizon), so intervals widen with a growing series; the MASE scale
// when that is zero.
double LevelScale(std::span<const double> history, int period, int horizon, double fallback) {
  const size_t window = std::min(history.size(), size_t(std::max(period, horizon)));
  double sum = 0;
  for (size_t t = history.size() - window; t < history.size(); ++t) sum += std::abs(history[t]);
  return sum > 0 ? sum / double(window) : fallback;
}

// Errors of sales forecasts grow with what is forecast (a December peak misses by more
// than a quiet February): an error is measured in units of its forecast, but never of
// less than a quarter of the series' recent level, so near-zero forecasts stay sane.
double ErrorUnit(double forecast, double level) { return std::max(std::abs(forecast), 0.25 * level); }

std::vector<double> Combine(const MethodForecasts& forecasts, size_t series, const Candidate& candidate) {
  std::vector<double> out;
  for (Method method : candidate.members) {
    const auto& member = forecasts[method][series];
    if (member.empty()) return {};
    if (out.empty()) out.assign(member.size(), 0.0);
    for (size_t j = 0; j < member.size(); ++j) out[j] += member[j] / double(candidate.members.size());
  }
  return out;
}

double Quantile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double position = p * double(values.size() - 1);
  const size_t below = size_t(std::floor(position));
  const size_t above = std::min(below + 1, values.size() - 1);
  return values[below] + (position - double(below)) * (values[above] - values[below]);
}

class Runner {
 public:
  Runner(const Panel& panel, const EngineOptions& options)
      : panel_(panel), options_(options), period_(SeasonPeriod(panel.frequency)) {
    // Choosing each series' ETS form (all forms by AICc) is the costliest local step:
    // the two halves of the panel go to two threads.
    const size_t n = panel.series.size();
    ets_forms_.resize(n);
    ets_names_.resize(n);
    const auto choose = [&](size_t from, size_t to) {
      for (size_t s = from; s < to; ++s) {
        if (std::optional<EtsFit> fit = FitEts(panel.series[s].values, period_)) {
          ets_forms_[s] = fit->form;
          ets_names_[s] = fit->form.Name();
        }
      }
    };
    auto first_half = std::async(options.threads > 1 ? std::launch::async : std::launch::deferred, choose, 0, n / 2);
    choose(n / 2, n);
    first_half.get();
  }

  // All methods from the origin `cut` periods before the end of every series.
  // With `drivers`, also the global model's drivers per series (final fit only).
  MethodForecasts Run(size_t cut, std::vector<std::vector<Driver>>* drivers = nullptr) const {
    const int h = options_.horizon;
    MethodForecasts out;
    for (auto& method : out) method.resize(panel_.series.size());
    std::vector<std::span<const double>> histories;
    for (size_t s = 0; s < panel_.series.size(); ++s) {
      const auto& values = panel_.series[s].values;
      const auto history = std::span(values).first(values.size() > cut ? values.size() - cut : 0);
      histories.push_back(history);
      if (history.empty()) continue;
      out[kSnaive][s] = SeasonalNaive(history, period_, h);
      out[kTheta][s] = Theta(history, period_, h);
      if (ZeroShare(history) > kIntermittent) out[kTsb][s] = Tsb(history, h);
      if (ets_forms_[s]) {
        if (auto fit = FitEtsForm(history, period_, *ets_forms_[s])) out[kEts][s] = fit->Forecast(h);
      }
    }
    if (options_.use_boost) RunBoost(histories, out[kBoost], drivers);
    return out;
  }

  const std::string& ets_name(size_t series) const { return ets_names_[series]; }
  int period() const { return period_; }

 private:
  void RunBoost(const std::vector<std::span<const double>>& histories, std::vector<std::vector<double>>& out,
                std::vector<std::vector<Driver>>* drivers) const {
    std::vector<BoostSeries> inputs;
    std::vector<size_t> index;
    for (size_t s = 0; s < histories.size(); ++s) {
      if (histories[s].size() < 2) continue;
      BoostSeries input{histories[s], panel_.series[s].first, {}, int(s)};
      for (const auto& regressor : panel_.series[s].regressors) input.regressors.emplace_back(regressor);
      inputs.push_back(std::move(input));
      index.push_back(s);
    }
    // A bag of two differently seeded models that see the series in two ways: divided by
    // their recent level (follows growth) and by their training mean (steadier on noisy
    // series, the M5-style global model). Their mean backtests better than either. They
    // train side by side on one thread each: XGBoost's own OpenMP threads spin-wait, and
    // on a busy machine (a server answering requests) that made training 30× slower.
    const auto train_and_forecast = [&](bool recent_level) -> std::vector<std::vector<double>> {
      BoostOptions boost_options;
      boost_options.frequency = panel_.frequency;
      boost_options.regressor_names = panel_.regressor_names;
      boost_options.threads = 1;
      boost_options.series_scaled = !recent_level;
      boost_options.seed = recent_level ? 0 : 1;
      auto model = BoostModel::Train(inputs, boost_options);
      if (!model) return {};
      if (drivers && recent_level) {  // one member explains the forecast
        drivers->assign(panel_.series.size(), {});
        for (size_t i = 0; i < inputs.size(); ++i) (*drivers)[index[i]] = model->Drivers(inputs[i], options_.horizon);
      }
      return model->Forecast(inputs, options_.horizon);
    };
    auto recent = std::async(options_.threads > 1 ? std::launch::async : std::launch::deferred, train_and_forecast,
                             true);
    const auto scaled = train_and_forecast(false);
    const auto first = recent.get();
    if (first.empty() || scaled.empty()) return;
    for (size_t i = 0; i < index.size(); ++i) {
      std::vector<double> mean(size_t(options_.horizon));
      for (int j = 0; j < options_.horizon; ++j) mean[j] = (first[i][j] + scaled[i][j]) / 2;
      out[index[i]] = std::move(mean);
    }
  }

  const Panel& panel_;
  const EngineOptions& options_;
  int period_;
  std::vector<std::optional<EtsForm>> ets_forms_;
  std::vector<std::string> ets_names_;
};

}  // namespace

std::vector<std::string> ModelNames() {
  std::vector<std::string> names;
  for (const auto& candidate : Candidates()) names.push_back(candidate.name);
  return names;
}

std::vector<SeriesForecast> ForecastPanel(const Panel& panel, const EngineOptions& options) {
  const int h = std::max(options.horizon, 1);
  const size_t n_series = panel.series.size();
  Runner runner(panel, options);
  const std::vector<Candidate> candidates = Candidates();

  std::vector<double> scales;
  for (const auto& series : panel.series) scales.push_back(ErrorScale(series.values, runner.period()));

  // Backtest: errors[c][s] = mean scaled absolute error over all origins; residuals kept
  // per candidate and series for the conformal intervals.
  std::vector<std::vector<double>> error_sum(candidates.size(), std::vector<double>(n_series, 0.0));
  std::vector<std::vector<int>> error_count(candidates.size(), std::vector<int>(n_series, 0));
  std::vector<std::vector<std::vector<double>>> residuals(candidates.size(),
                                                          std::vector<std::vector<double>>(n_series));
  const size_t error_slots = size_t(options.backtest_origins) * size_t(h);
  std::vector<std::vector<std::vector<double>>> raw_errors(
      candidates.size(), std::vector<std::vector<double>>(n_series, std::vector<double>(error_slots, kNaN)));
  const size_t step = size_t(std::max(1, h / 2));
  for (int origin = 0; origin < options.backtest_origins; ++origin) {
    const size_t cut = size_t(h) + size_t(origin) * step;
    // Earlier origins only while two seasons remain to learn from: windows cut shorter
    // than that judge the models on a task they never face.
    const size_t min_train = origin == 0 ? 3 : size_t(2 * runner.period());
    const bool any = std::any_of(panel.series.begin(), panel.series.end(),
                                 [&](const auto& series) { return series.values.size() >= cut + min_train; });
    if (!any) break;  // later origins cut deeper still
    const MethodForecasts forecasts = runner.Run(cut);
    for (size_t s = 0; s < n_series; ++s) {
      const auto& values = panel.series[s].values;
      if (values.size() < cut + min_train) continue;
      const size_t start = values.size() - cut;
      const double level = LevelScale(std::span(values).first(start), runner.period(), h, scales[s]);
      for (size_t c = 0; c < candidates.size(); ++c) {
        const std::vector<double> f = Combine(forecasts, s, candidates[c]);
        if (f.empty()) continue;
        for (size_t j = 0; j < size_t(h) && start + j < values.size(); ++j) {
          const double error = values[start + j] - f[j];
          error_sum[c][s] += std::abs(error) / scales[s];
          ++error_count[c][s];
          residuals[c][s].push_back(error / ErrorUnit(f[j], level));
          raw_errors[c][s][size_t(origin) * size_t(h) + j] = error;
        }
      }
    }
  }

  // The level's best candidate (lowest mean backtest MASE over its series) serves every
  // series, unless a series' own windows favour another by a clear margin: one series'
  // few windows are too noisy to trust alone. Intermittent series (mostly zeros) form
  // their own class with their own best candidate, as in Syntetos-Boylan.
  std::vector<int> series_class(n_series);
  for (size_t s = 0; s < n_series; ++s) series_class[s] = ZeroShare(panel.series[s].values) > kIntermittent;
  size_t class_best[2] = {0, 0};
  for (int klass : {0, 1}) {
    double best_error = std::numeric_limits<double>::infinity();
    const int class_size = int(std::count(series_class.begin(), series_class.end(), klass));
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (!options.model.empty() && candidates[c].name != options.model) continue;
      double sum = 0;
      int count = 0;
      for (size_t s = 0; s < n_series; ++s) {
        if (series_class[s] == klass && error_count[c][s]) sum += error_sum[c][s] / error_count[c][s], ++count;
      }
      // Only candidates backtested on most series of the class compete.
      if (count * 2 > class_size && sum / count < best_error) best_error = sum / count, class_best[klass] = c;
    }
  }
  constexpr double kClearMargin = 0.8;
  std::vector<size_t> chosen(n_series);
  std::vector<double> chosen_error(n_series, kNaN);
  for (size_t s = 0; s < n_series; ++s) {
    const auto own = [&](size_t c) {
      return error_count[c][s] ? error_sum[c][s] / error_count[c][s] : std::numeric_limits<double>::infinity();
    };
    const size_t panel_best = class_best[series_class[s]];
    chosen[s] = panel_best;
    size_t best = panel_best;
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (!options.model.empty() && candidates[c].name != options.model) continue;
      if (own(c) < own(best)) best = c;
    }
    if (!std::isfinite(own(panel_best)) || own(best) < kClearMargin * own(panel_best)) chosen[s] = best;
    if (std::isfinite(own(chosen[s]))) chosen_error[s] = own(chosen[s]);
  }

  // Split conformal: the residuals of every series' chosen candidate, pooled per class
  // (intermittent series' spiky errors would otherwise widen every regular series' band),
  // or over the whole level when a class has too few to estimate a 97.5% quantile.
  std::array<std::array<double, 4>, 2> q{};
  std::vector<double> everything;
  for (size_t s = 0; s < n_series; ++s) {
    everything.insert(everything.end(), residuals[chosen[s]][s].begin(), residuals[chosen[s]][s].end());
  }
  for (int klass : {0, 1}) {
    std::vector<double> pooled;
    for (size_t s = 0; s < n_series; ++s) {
      if (series_class[s] == klass) pooled.insert(pooled.end(), residuals[chosen[s]][s].begin(), residuals[chosen[s]][s].end());
    }
    const std::vector<double>& from = pooled.size() >= kMinConformal ? pooled : everything;
    q[klass] = {Quantile(from, 0.10), Quantile(from, 0.90), Quantile(from, 0.025), Quantile(from, 0.975)};
  }

  std::vector<std::vector<Driver>> drivers;
  const MethodForecasts final_forecasts = runner.Run(0, options.explain ? &drivers : nullptr);
  std::vector<SeriesForecast> out;
  out.reserve(n_series);
  for (size_t s = 0; s < n_series; ++s) {
    const auto& series = panel.series[s];
    SeriesForecast result;
    result.id = series.id;
    std::vector<double> point = Combine(final_forecasts, s, candidates[chosen[s]]);
    if (point.empty()) {
      point = SeasonalNaive(series.values, runner.period(), h);
      chosen[s] = 0;
    }
    result.model = candidates[chosen[s]].name;
    const auto& members = candidates[chosen[s]].members;
    if (std::find(members.begin(), members.end(), kEts) != members.end()) result.model_detail = runner.ets_name(s);
    result.backtest_mase = chosen_error[s];
    result.scale = scales[s];
    result.backtest_errors = raw_errors[chosen[s]][s];
    if (s < drivers.size() && std::find(members.begin(), members.end(), kBoost) != members.end()) {
      result.drivers = drivers[s];
    }
    const bool non_negative =
        std::all_of(series.values.begin(), series.values.end(), [](double v) { return v >= 0; });
    const auto floor = [&](double v) { return non_negative ? std::max(v, 0.0) : v; };
    const double level = LevelScale(series.values, runner.period(), h, scales[s]);
    const auto& quantiles = q[series_class[s]];
    for (int j = 0; j < h; ++j) {
      const double p = std::isfinite(point[j]) ? point[j] : 0.0;
      result.dates.push_back(StepPeriod(series.first, panel.frequency, int(series.values.size()) + j));
      result.point.push_back(floor(p));
      const double unit = ErrorUnit(p, level);
      result.lo80.push_back(floor(p + quantiles[0] * unit));
      result.hi80.push_back(floor(p + quantiles[1] * unit));
      result.lo95.push_back(floor(p + quantiles[2] * unit));
      result.hi95.push_back(floor(p + quantiles[3] * unit));
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace salient::forecast
