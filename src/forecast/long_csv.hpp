#pragma once
// The engine's file interface: long CSV `series_id,date,value` in, and
// `series_id,date,point,lo80,hi80,lo95,hi95` out — how anyone compares Salient's
// forecasts with other tools on their own data.
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "forecast/engine.hpp"

namespace salient::forecast {

struct CsvProblem {
  int line = 0;
  std::string message;
};

// Reads a history; dates must be period labels of `frequency` (see calendar.hpp) and
// periods missing inside a series become zeros. Every bad line is reported.
struct LongCsv {
  Panel panel;
  std::vector<CsvProblem> problems;
};
LongCsv ReadLongCsv(std::istream& in, Frequency frequency);

void WriteForecastCsv(std::ostream& out, const std::vector<SeriesForecast>& forecasts);

}  // namespace salient::forecast
