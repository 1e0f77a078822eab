#include "forecast/ets.hpp"

#include <nlopt.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <utility>

namespace salient::forecast {
namespace {

// R's forecast::ets "usual" bounds.
constexpr double kMinSmoothing = 1e-4;
constexpr double kMaxAlpha = 0.9999;
constexpr double kMinPhi = 0.8;
constexpr double kMaxPhi = 0.98;
constexpr double kInadmissible = 1e100;   // objective where the model breaks down
constexpr double kMinSse = 1e-300;        // a perfect fit must not give log(0)
constexpr double kMinSeasonIndex = 1e-2;  // as R: multiplicative indices stay positive
constexpr int kEvaluationsPerRun = 150;
constexpr int kMaxDimension = 6;  // alpha, beta, gamma, phi, level, slope

bool AllFinite(std::span<const double> y) {
  return std::all_of(y.begin(), y.end(), [](double v) { return std::isfinite(v); });
}

bool AllPositive(std::span<const double> y) {
  return std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
}

bool Multiplicative(const EtsForm& form) { return form.error == 'M' || form.season == 'M'; }

bool ValidForm(const EtsForm& form) {
  return (form.error == 'A' || form.error == 'M') && (form.trend == 'N' || form.trend == 'A') &&
         (form.season == 'N' || form.season == 'A' || form.season == 'M') &&
         !(form.damped && form.trend == 'N');
}
// Two full seasons are needed for the decomposition that seeds the
// seasonal states.
bool SeasonFits(std::size_t n, int period) {
  return period > 1 && n >= 2 * static_cast<std::size_t>(period);
}

// Parameters counted by the AICc as R does: smoothing parameters, initial states (m - 1
// seasonal ones, the last being implied by normalisation) and the innovation variance.
int ParameterCount(const EtsForm& form, int period) {
  int k = 2 + 1;  // alpha, level, sigma
  if (form.trend != 'N') k += 2 + (form.damped ? 1 : 0);
  if (form.season != 'N') k += period;  // gamma and m - 1 states
  return k;
}

// Classical decomposition of the first full seasons (at most three, as R's initstate):
// a centred moving average gives the trend and each position's mean detrended value its
// index, normalised to sum to 0 (additive) or m (multiplicative).
std::vector<double> SeasonalIndices(std::span<const double> y, int m, char season) {
  const int length = std::min<int>(3, static_cast<int>(y.size()) / m) * m;
  const int half = m / 2;
  std::vector<double> sum(m, 0.0);
  std::vector<int> count(m, 0);
  for (int t = half; t + half < length; ++t) {
    double trend = 0;
    if (m % 2 == 0) {  // 2xm average keeps it centred
      trend = 0.5 * (y[t - half] + y[t + half]);
      for (int j = t - half + 1; j < t + half; ++j) trend += y[j];
    } else {
      for (int j = t - half; j <= t + half; ++j) trend += y[j];
    }
    trend /= m;
    sum[t % m] += season == 'A' ? y[t] - trend : y[t] / trend;
    ++count[t % m];
  }
  double mean = 0;
  for (int j = 0; j < m; ++j) {
    sum[j] /= count[j];
    mean += sum[j] / m;
  }
  for (double& index : sum) {
    index = season == 'A' ? index - mean : std::max(index / mean, kMinSeasonIndex);
  }
  return sum;
}

struct InitialStates {
  double level = 0, slope = 0;
  std::vector<double> season;  // season[j] is the state of time j - m
};

// R's heuristic: seasonal indices from the decomposition, then level and slope from a
// line through the first seasonally adjusted observations.
InitialStates Initialise(std::span<const double> y, int m, const EtsForm& form) {
  InitialStates init;
  if (form.season != 'N') {
    init.season = SeasonalIndices(y, m, form.season);
  } else {
    m = 1;
  }
  const int count = std::min<int>(std::max(10, 2 * m), static_cast<int>(y.size()));
  double sum_t = 0, sum_y = 0, sum_tt = 0, sum_ty = 0;
  for (int t = 0; t < count; ++t) {
    double value = y[t];
    if (form.season == 'A') value -= init.season[t % m];
    if (form.season == 'M') value /= init.season[t % m];
    const double time = t + 1;  // the initial state sits at time 0
    sum_t += time;
    sum_y += value;
    sum_tt += time * time;
    sum_ty += time * value;
  }
  init.level = sum_y / count;
  if (form.trend != 'N') {
    init.slope = (count * sum_ty - sum_t * sum_y) / (count * sum_tt - sum_t * sum_t);
    init.level = (sum_y - init.slope * sum_t) / count;
  }
  return init;
}

struct Params {
  double alpha = 0, beta = 0, gamma = 0, phi = 1, level = 0, slope = 0;
};

// The optimiser's start, bounds and initial simplex steps, in the order Decode reads them.
struct Coordinates {
  std::vector<double> start, lower, upper, step;
  int beta = -1, gamma = -1;  // where the beta and gamma fractions sit, if estimated
};

// One form on one series. The optimiser works in coordinates of similar size: alpha,
// beta and gamma as fractions of their admissible ranges (so beta <= alpha and
// gamma <= 1 - alpha hold by construction), phi, and level and slope as offsets from
// the heuristic start in units of the series' typical step.
class Model {
 public:
  Model(std::span<const double> y, int period, EtsForm form)
      : y_(y), form_(form), init_(Initialise(y, period, form)), ring_(init_.season) {
    double steps = 0;
    for (std::size_t t = 1; t < y.size(); ++t) steps += std::abs(y[t] - y[t - 1]);
    scale_ = steps / static_cast<double>(y.size() - 1);
    if (scale_ == 0) scale_ = std::max(1e-3 * std::abs(init_.level), 1e-9);
  }

  Coordinates Describe() const {
    Coordinates c;
    auto add = [&c](double x, double lo, double hi, double dx) {
      c.start.push_back(x), c.lower.push_back(lo), c.upper.push_back(hi), c.step.push_back(dx);
      return static_cast<int>(c.start.size()) - 1;
    };
    add(0.1, kMinSmoothing, kMaxAlpha, 0.1);
    if (form_.trend != 'N') c.beta = add(0.1, 0, 1, 0.1);
    if (form_.season != 'N') c.gamma = add(0.05, 0, 1, 0.1);
    if (form_.damped) add(0.95, kMinPhi, kMaxPhi, 0.02);
    constexpr double kInf = std::numeric_limits<double>::infinity();
    add(0, -kInf, kInf, 0.5);
    if (form_.trend != 'N') add(0, -kInf, kInf, 0.05);
    return c;
  }

  Params Decode(const double* x) const {
    Params p;
    p.alpha = *x++;
    if (form_.trend != 'N') p.beta = kMinSmoothing + *x++ * (p.alpha - kMinSmoothing);
    if (form_.season != 'N') p.gamma = kMinSmoothing + *x++ * (1 - p.alpha - kMinSmoothing);
    if (form_.damped) p.phi = *x++;
    p.level = init_.level + *x++ * scale_;
    if (form_.trend != 'N') p.slope = init_.slope + *x++ * scale_;
    return p;
  }

  // R's "lik": n log(SSE), plus 2 sum log|forecast| for multiplicative errors.
  double Objective(const Params& p) {
    if (!Filter(p)) return kInadmissible;
    const double n = static_cast<double>(y_.size());
    const double value = n * std::log(std::max(sse_, kMinSse)) + 2 * sum_log_forecast_;
    return std::isfinite(value) ? value : kInadmissible;
  }

  // Runs the recursion; false when a multiplicative part leaves the positive range or a
  // value overflows. Afterwards the members hold the final state and the error sums.
  bool Filter(const Params& p) {
    std::copy(init_.season.begin(), init_.season.end(), ring_.begin());
    const std::size_t m = ring_.size();
    level_ = p.level, slope_ = p.slope, sse_ = 0, sum_log_forecast_ = 0;
    double product = 1;  // of forecasts not yet in sum_log_forecast_: one log per many steps
    std::size_t j = 0;  // ring_[j] is the seasonal state one period back
    for (const double y : y_) {
      const double damped_slope = p.phi * slope_;
      const double q = level_ + damped_slope;  // forecast before the seasonal part
      const double s = m ? ring_[j] : 0;
      double forecast = q, correction = y - q;  // level innovation
      if (form_.season == 'A') {
        forecast += s;
        correction -= s;
      } else if (form_.season == 'M') {
        if (!(q > 0 && s > 0)) return false;
        forecast *= s;
        correction = y / s - q;
      }
      if (form_.error == 'M') {
        if (!(forecast > 0)) return false;
        const double e = (y - forecast) / forecast;
        sse_ += e * e;
        product *= forecast;
        if (product > 1e100 || product < 1e-100) {
          sum_log_forecast_ += std::log(product);
          product = 1;
        }
      } else {
        sse_ += (y - forecast) * (y - forecast);
      }
      // Error-correction form; the same updates serve additive and multiplicative errors.
      level_ = q + p.alpha * correction;
      slope_ = damped_slope + p.beta * correction;
      if (m) {
        ring_[j] = s + p.gamma * (form_.season == 'A' ? y - q - s : y / q - s);
        if (++j == m) j = 0;
      }
    }
    sum_log_forecast_ += std::log(product);
    return std::isfinite(sse_) && std::isfinite(sum_log_forecast_) && std::isfinite(level_) &&
           std::isfinite(slope_);
  }

  // The seasonal states after Filter, most recent first.
  std::vector<double> Season() const {
    const std::size_t m = ring_.size();
    std::vector<double> season(m);
    for (std::size_t i = 0; i < m; ++i) season[i] = ring_[(y_.size() - 1 - i) % m];
    return season;
  }

  double Level() const { return level_; }
  double Slope() const { return slope_; }
  double Sse() const { return sse_; }
  double SumLogForecast() const { return sum_log_forecast_; }

 private:
  std::span<const double> y_;
  EtsForm form_;
  InitialStates init_;
  double scale_ = 1;
  std::vector<double> ring_;  // seasonal states, time t at index t % m
  double level_ = 0, slope_ = 0, sse_ = 0, sum_log_forecast_ = 0;
};

// NLopt's Nelder-Mead may stop with a roundoff or generic failure; the best point seen
// is still a fit, so it is tracked here rather than taken from the optimiser.
struct Search {
  Model* model;
  double best_value = std::numeric_limits<double>::infinity();
  std::array<double, kMaxDimension> best{};
};

double SearchObjective(unsigned n, const double* x, double* /*grad*/, void* data) {
  auto& search = *static_cast<Search*>(data);
  const double value = search.model->Objective(search.model->Decode(x));
  if (value < search.best_value) {
    search.best_value = value;
    std::copy(x, x + n, search.best.begin());
  }
  return value;
}

// ETS likelihoods are often multimodal in the smoothing parameters (alpha near 0 or near
// 1 both fit a noisy random walk locally), so a coarse grid picks the start; Nelder-Mead
// then runs twice, as its simplex tends to collapse before the optimum.
std::optional<Params> Estimate(Model& model) {
  const Coordinates c = model.Describe();
  Search search{&model};
  std::vector<double> x = c.start;
  for (const double alpha : {0.02, 0.1, 0.3, 0.6, 0.9}) {
    for (const double beta : {0.1, 0.5}) {
      for (const double gamma : {0.05, 0.5}) {
        if ((c.beta < 0 && beta != 0.1) || (c.gamma < 0 && gamma != 0.05)) continue;
        x[0] = alpha;
        if (c.beta >= 0) x[c.beta] = beta;
        if (c.gamma >= 0) x[c.gamma] = gamma;
        SearchObjective(static_cast<unsigned>(x.size()), x.data(), nullptr, &search);
      }
    }
  }
  nlopt::opt opt(nlopt::LN_NELDERMEAD, static_cast<unsigned>(x.size()));
  opt.set_lower_bounds(c.lower);
  opt.set_upper_bounds(c.upper);
  opt.set_initial_step(c.step);
  opt.set_min_objective(SearchObjective, &search);
  opt.set_xtol_abs(1e-4);
  opt.set_ftol_abs(1e-6);
  opt.set_maxeval(kEvaluationsPerRun);
  for (int run = 0; run < 2; ++run) {
    std::copy_n(search.best.begin(), x.size(), x.begin());
    double value = 0;
    try {
      opt.optimize(x, value);
    } catch (const nlopt::roundoff_limited&) {
    } catch (const std::runtime_error&) {  // "nlopt failure"; bad arguments still throw
    }
  }
  if (!(search.best_value < kInadmissible)) return std::nullopt;
  return model.Decode(search.best.data());
}

EtsFit MakeFit(const Model& model, const Params& p, std::size_t n, int period, EtsForm form) {
  EtsFit fit;
  fit.form = form;
  fit.period = std::max(period, 1);
  fit.alpha = p.alpha, fit.beta = p.beta, fit.gamma = p.gamma, fit.phi = p.phi;
  fit.level = model.Level(), fit.slope = model.Slope();
  if (form.season != 'N') fit.season = model.Season();
  fit.observations = static_cast<int>(n);
  const double count = static_cast<double>(n);
  const int k = ParameterCount(form, period);
  const double sse = std::max(model.Sse(), kMinSse);
  const double minus_two_log_lik =
      count * (std::log(2 * std::numbers::pi * sse / count) + 1) + 2 * model.SumLogForecast();
  fit.sigma2 = model.Sse() / std::max(count - k, 1.0);
  fit.aicc = count - k - 1 > 0
                 ? minus_two_log_lik + 2 * k + 2.0 * k * (k + 1) / (count - k - 1)
                 : std::numeric_limits<double>::infinity();
  return fit;
}

// The forms R's ets(restrict = TRUE) considers: no additive error with a multiplicative
// season, nothing multiplicative unless the data are strictly positive.
std::vector<EtsForm> CandidateForms(std::span<const double> y, int period,
                                    const EtsOptions& options) {
  const bool positive = options.allow_multiplicative && AllPositive(y);
  const bool seasonal = SeasonFits(y.size(), period);
  const std::array<std::pair<char, bool>, 3> trends = {{{'N', false}, {'A', false}, {'A', true}}};
  std::vector<EtsForm> forms;
  for (const char error : {'A', 'M'}) {
    if (error == 'M' && !positive) continue;
    for (const auto& [trend, damped] : trends) {
      if (damped && !options.allow_damped) continue;
      for (const char season : {'N', 'A', 'M'}) {
        if (season != 'N' && !seasonal) continue;
        if (season == 'M' && (error == 'A' || !positive)) continue;
        forms.push_back({error, trend, damped, season});
      }
    }
  }
  return forms;
}

}  // namespace

std::string EtsForm::Name() const {
  std::string name = "ETS(";
  name += error;
  name += ',';
  name += trend;
  if (damped && trend != 'N') name += 'd';
  name += ',';
  name += season;
  name += ')';
  return name;
}

std::vector<double> EtsFit::Forecast(int horizon) const {
  std::vector<double> out;
  if (horizon <= 0) return out;
  out.reserve(horizon);
  const int m = form.season == 'N' ? 0 : static_cast<int>(season.size());
  double damping = 0, power = 1;  // damping = phi + phi^2 + ... + phi^h
  for (int h = 1; h <= horizon; ++h) {
    power *= phi;
    damping += power;
    double value = form.trend == 'N' ? level : level + damping * slope;
    if (m > 0) {
      const double s = season[(m - h % m) % m];  // the state of time h - m (mod m)
      value = form.season == 'M' ? value * s : value + s;
    }
    if (!std::isfinite(value)) {
      return std::vector<double>(horizon, std::isfinite(level) ? level : 0.0);
    }
    out.push_back(value);
  }
  return out;
}

std::optional<EtsFit> FitEtsForm(std::span<const double> y, int period, EtsForm form) {
  if (y.size() < 3 || !ValidForm(form) || !AllFinite(y)) return std::nullopt;
  if (Multiplicative(form) && !AllPositive(y)) return std::nullopt;
  if (form.season != 'N' && !SeasonFits(y.size(), period)) return std::nullopt;
  Model model(y, period, form);
  const std::optional<Params> params = Estimate(model);
  if (!params || !model.Filter(*params)) return std::nullopt;
  return MakeFit(model, *params, y.size(), period, form);
}

std::optional<EtsFit> FitEts(std::span<const double> y, int period, const EtsOptions& options) {
  if (y.size() < 3) return std::nullopt;
  std::optional<EtsFit> best;
  for (const EtsForm& form : CandidateForms(y, period, options)) {
    std::optional<EtsFit> fit = FitEtsForm(y, period, form);
    if (fit && std::isfinite(fit->aicc) && (!best || fit->aicc < best->aicc)) best = std::move(fit);
  }
  // Too short for any AICc: simple exponential smoothing is the honest fallback.
  if (!best) best = FitEtsForm(y, period, EtsForm{});
  return best;
}

}  // namespace salient::forecast
