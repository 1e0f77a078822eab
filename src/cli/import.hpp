#pragma once
// `salient import orders|customers|products FILE.csv`: validates the whole file, prints
// every bad line (line, column, reason) and exits non-zero when the file is invalid;
// writes nothing unless it is valid or --skip-bad-rows is given.
#include <string>

#include "cli/runtime.hpp"
#include "crm/order_import.hpp"

namespace salient::cli {

int ImportCommand(Runtime& runtime, const std::string& kind, const std::string& file, bool dry_run, bool skip_bad_rows);
void PrintImportReport(const crm::ImportReport& report);

}  // namespace salient::cli
