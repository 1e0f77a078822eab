#pragma once
// Exponential smoothing state-space models, ETS(error, trend, season) in the taxonomy of
// Hyndman et al. (2008): error A/M, trend N/A/Ad (damped), season N/A/M. Parameters are
// fitted by maximum likelihood with NLopt; the form is chosen by AICc.
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace salient::forecast {

struct EtsForm {
  char error = 'A';   // 'A' | 'M'
  char trend = 'N';   // 'N' | 'A'
  bool damped = false;
  char season = 'N';  // 'N' | 'A' | 'M'
  std::string Name() const;  // "ETS(M,Ad,M)"
  bool operator==(const EtsForm&) const = default;
};

struct EtsFit {
  EtsForm form;
  int period = 1;
  double alpha = 0, beta = 0, gamma = 0, phi = 1;
  // State after the last observation: level, trend, then `period` seasonal states with
  // the most recent first (empty parts omitted).
  double level = 0, slope = 0;
  std::vector<double> season;
  double sigma2 = 0;  // variance of the one-step innovations
  double aicc = 0;
  int observations = 0;

  // Point forecasts (conditional means) for the next `horizon` periods.
  std::vector<double> Forecast(int horizon) const;
};

struct EtsOptions {
  bool allow_multiplicative = true;  // only ever used on strictly positive data
  bool allow_damped = true;
};

// Fits every admissible form and returns the one with the lowest AICc; nullopt when the
// series is too short (fewer than 3 observations) or nothing converges.
std::optional<EtsFit> FitEts(std::span<const double> y, int period, const EtsOptions& options = {});
// Fits one given form (used to refit the chosen form on backtest windows cheaply). nullopt
// when the data do not admit the form: fewer than 3 or non-finite observations, a
// multiplicative part on data not all positive, or a season with period < 2 or fewer than
// 2 * period observations. `aicc` is +infinity when the series is too short for it.
// Seasonal initial states come from a classical decomposition and are not optimised.
std::optional<EtsFit> FitEtsForm(std::span<const double> y, int period, EtsForm form);

}  // namespace salient::forecast
