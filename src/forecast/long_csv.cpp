#include "forecast/long_csv.hpp"

#include <charconv>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "core/csv.hpp"

namespace salient::forecast {
namespace {

std::optional<double> ParseNumber(const std::string& text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

LongCsv ReadLongCsv(std::istream& in, Frequency frequency) {
  LongCsv result;
  result.panel.frequency = frequency;
  core::CsvReader reader(in);
  std::vector<std::string> fields;
  if (!reader.Next(fields) || fields.size() < 3 || fields[0] != "series_id" || fields[1] != "date" ||
      fields[2] != "value") {
    result.problems.push_back({1, "the header must be series_id,date,value"});
    return result;
  }
  std::map<std::string, std::map<Date, double>> by_series;
  while (reader.Next(fields)) {
    const int line = reader.line();
    if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
    if (fields.size() < 3) {
      result.problems.push_back({line, "expected 3 columns: series_id,date,value"});
      continue;
    }
    if (fields[0].empty()) result.problems.push_back({line, "series_id: empty"});
    const auto date = ParseDate(fields[1]);
    if (!date) {
      result.problems.push_back({line, fmt::format("date: '{}' is not YYYY-MM-DD", fields[1])});
    } else if (PeriodOf(*date, frequency) != *date) {
      result.problems.push_back({line, fmt::format("date: {} is not a {} period label (expected {})", fields[1],
                                                   FrequencyName(frequency), FormatDate(PeriodOf(*date, frequency)))});
    }
    const auto value = ParseNumber(fields[2]);
    if (!value) result.problems.push_back({line, fmt::format("value: '{}' is not a number", fields[2])});
    if (fields[0].empty() || !date || PeriodOf(*date, frequency) != *date || !value) continue;
    if (!by_series[fields[0]].emplace(*date, *value).second) {
      result.problems.push_back({line, fmt::format("date: {} appears twice for series {}", fields[1], fields[0])});
    }
  }
  if (reader.malformed()) result.problems.push_back({reader.line(), "a quoted field is not closed"});

  for (auto& [id, points] : by_series) {
    PanelSeries series{id, points.begin()->first, {}, {}};
    for (Date label = series.first; label <= points.rbegin()->first; label = StepPeriod(label, frequency, 1)) {
      auto found = points.find(label);
      series.values.push_back(found == points.end() ? 0.0 : found->second);
    }
    result.panel.series.push_back(std::move(series));
  }
  return result;
}

void WriteForecastCsv(std::ostream& out, const std::vector<SeriesForecast>& forecasts) {
  out << "series_id,date,point,lo80,hi80,lo95,hi95\n";
  for (const auto& f : forecasts) {
    for (size_t j = 0; j < f.point.size(); ++j) {
      out << core::CsvField(f.id) << ',' << FormatDate(f.dates[j])
          << fmt::format(",{:.4f},{:.4f},{:.4f},{:.4f},{:.4f}\n", f.point[j], f.lo80[j], f.hi80[j], f.lo95[j],
                         f.hi95[j]);
    }
  }
}

}  // namespace salient::forecast
