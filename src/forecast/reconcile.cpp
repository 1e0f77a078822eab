#include "forecast/reconcile.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <map>

#include "forecast/sales_series.hpp"

namespace salient::forecast {
namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

MatrixXd Summing(const Hierarchy& h) {
  MatrixXd s = MatrixXd::Zero(Eigen::Index(h.covers.size()), Eigen::Index(h.bottom.size()));
  for (size_t i = 0; i < h.covers.size(); ++i) {
    for (size_t b : h.covers[i]) s(Eigen::Index(i), Eigen::Index(b)) = 1;
  }
  return s;
}

// Columns (backtest windows × steps) where every series has an error.
MatrixXd AlignedErrors(const std::vector<SeriesForecast>& forecasts) {
  const size_t slots = forecasts.empty() ? 0 : forecasts[0].backtest_errors.size();
  std::vector<size_t> complete;
  for (size_t t = 0; t < slots; ++t) {
    const bool all = std::all_of(forecasts.begin(), forecasts.end(), [&](const SeriesForecast& f) {
      return t < f.backtest_errors.size() && std::isfinite(f.backtest_errors[t]);
    });
    if (all) complete.push_back(t);
  }
  MatrixXd e(Eigen::Index(forecasts.size()), Eigen::Index(complete.size()));
  for (size_t i = 0; i < forecasts.size(); ++i) {
    for (size_t c = 0; c < complete.size(); ++c) e(Eigen::Index(i), Eigen::Index(c)) = forecasts[i].backtest_errors[complete[c]];
  }
  return e;
}

// Schäfer & Strimmer (2005): the sample covariance shrunk towards its diagonal by the
// optimal λ, estimated from the variance of the sample correlations.
MatrixXd ShrunkCovariance(const MatrixXd& errors) {
  const Eigen::Index n = errors.rows(), t = errors.cols();
  const MatrixXd sample = errors * errors.transpose() / double(t);
  VectorXd sd = sample.diagonal().cwiseMax(1e-12).cwiseSqrt();
  const MatrixXd x = sd.cwiseInverse().asDiagonal() * errors;  // standardised
  double variance_sum = 0, square_sum = 0;
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) {
      if (i == j) continue;
      const VectorXd w = x.row(i).cwiseProduct(x.row(j)).transpose();
      const double mean = w.mean();
      variance_sum += double(t) / std::pow(double(t - 1), 3) * (w.array() - mean).square().sum();
      square_sum += mean * mean;
    }
  }
  const double lambda = square_sum > 0 ? std::clamp(variance_sum / square_sum, 0.0, 1.0) : 1.0;
  MatrixXd shrunk = (1 - lambda) * sample;
  shrunk.diagonal() = sample.diagonal();
  return shrunk;
}

}  // namespace

std::optional<Reconciliation> ParseReconciliation(std::string_view text) {
  if (text == "none") return Reconciliation::kNone;
  if (text == "bottom_up") return Reconciliation::kBottomUp;
  if (text == "mint") return Reconciliation::kMinTShrink;
  return std::nullopt;
}

std::optional<Hierarchy> HierarchyFromKeys(const std::vector<std::string>& keys) {
  std::vector<std::map<std::string, std::string>> members;
  size_t depth = 0;
  for (const auto& key : keys) {
    members.push_back(MembersOfKey(key));
    depth = std::max(depth, members.back().size());
  }
  Hierarchy h;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (members[i].size() == depth) h.bottom.push_back(i);
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    std::vector<size_t> covers;
    for (size_t b = 0; b < h.bottom.size(); ++b) {
      const auto& bottom = members[h.bottom[b]];
      const bool inside = std::all_of(members[i].begin(), members[i].end(), [&](const auto& m) {
        auto found = bottom.find(m.first);
        return found != bottom.end() && found->second == m.second;
      });
      if (inside) covers.push_back(b);
    }
    if (covers.empty()) return std::nullopt;
    h.covers.push_back(std::move(covers));
  }
  return h;
}

void Reconcile(const Hierarchy& hierarchy, std::vector<SeriesForecast>& forecasts, Reconciliation method,
               bool non_negative) {
  if (method == Reconciliation::kNone || forecasts.empty() || hierarchy.bottom.empty()) return;
  const MatrixXd s = Summing(hierarchy);
  const Eigen::Index n = s.rows(), m = s.cols();
  const size_t horizon = forecasts[0].point.size();

  // G maps all base forecasts to bottom forecasts.
  MatrixXd g = MatrixXd::Zero(m, n);
  if (method == Reconciliation::kBottomUp) {
    for (Eigen::Index b = 0; b < m; ++b) g(b, Eigen::Index(hierarchy.bottom[size_t(b)])) = 1;
  } else {
    const MatrixXd errors = AlignedErrors(forecasts);
    MatrixXd w;
    if (errors.cols() > n / 2 + 2) {
      w = ShrunkCovariance(errors);
    } else {
      w = MatrixXd::Zero(n, n);
      w.diagonal() = s.rowwise().sum();  // structural scaling
    }
    w.diagonal().array() += 1e-9 * std::max(1.0, w.diagonal().maxCoeff());
    const MatrixXd w_inverse_s = w.ldlt().solve(s);
    g = (s.transpose() * w_inverse_s).ldlt().solve(w_inverse_s.transpose());
  }

  for (size_t j = 0; j < horizon; ++j) {
    VectorXd base(n);
    for (Eigen::Index i = 0; i < n; ++i) base(i) = forecasts[size_t(i)].point[j];
    VectorXd bottom = g * base;
    if (non_negative) bottom = bottom.cwiseMax(0.0);
    const VectorXd coherent = s * bottom;
    for (Eigen::Index i = 0; i < n; ++i) {
      SeriesForecast& f = forecasts[size_t(i)];
      const double shift = coherent(i) - f.point[j];
      f.point[j] = coherent(i);
      for (auto* band : {&f.lo80, &f.hi80, &f.lo95, &f.hi95}) {
        (*band)[j] += shift;
        if (non_negative) (*band)[j] = std::max((*band)[j], 0.0);
      }
    }
  }
}

void ScaleToTotal(std::vector<SeriesForecast>& parts, const std::vector<double>& total) {
  for (size_t j = 0; j < total.size(); ++j) {
    double sum = 0;
    for (const auto& f : parts) sum += j < f.point.size() ? f.point[j] : 0.0;
    if (!(sum > 0)) continue;
    const double factor = total[j] / sum;
    for (auto& f : parts) {
      if (j >= f.point.size()) continue;
      for (auto* values : {&f.point, &f.lo80, &f.hi80, &f.lo95, &f.hi95}) (*values)[j] *= factor;
    }
  }
}

}  // namespace salient::forecast
