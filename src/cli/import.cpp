#include "cli/import.hpp"

#include <cstdio>
#include <fstream>
#include <unistd.h>

#include "core/money.hpp"
#include "crm/master_import.hpp"

namespace salient::cli {

void PrintImportReport(const crm::ImportReport& r) {
  for (const auto& issue : r.issues)
    std::fprintf(stderr, "line %d: %s%s%s\n", issue.line, issue.column.c_str(), issue.column.empty() ? "" : ": ",
                 issue.message.c_str());
  if (r.layout == "customers" || r.layout == "products")
    std::printf("%s: %d rows, %d bad; %d new%s\n", r.layout.c_str(), r.rows, r.bad_rows,
                r.customers_created + r.products_created, r.written ? "" : " — nothing written");
  else
    std::printf("%s layout: %d rows, %d bad; %d orders, %d lines, total %s; %d customers and %d products new%s\n",
                r.layout.c_str(), r.rows, r.bad_rows, r.orders, r.lines, core::FormatMoney(r.total).c_str(),
                r.customers_created, r.products_created, r.written ? "" : " — nothing written");
}

int ImportCommand(Runtime& runtime, const std::string& kind, const std::string& file, bool dry_run, bool skip_bad_rows) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "error: cannot open %s\n", file.c_str());
    return 2;
  }
  crm::ImportOptions options;
  options.dry_run = dry_run;
  options.skip_bad_rows = skip_bad_rows;
  if (::isatty(2)) {  // a progress line for people, nothing for logs and scripts
    options.progress = [](const std::string& phase, int done, int total) {
      if (done % 50000 != 0) return;
      if (total > 0) std::fprintf(stderr, "\r%s %d / %d   ", phase.c_str(), done, total);
      else std::fprintf(stderr, "\r%s %d rows   ", phase.c_str(), done);
    };
  }
  const auth::Actor system = auth::Actor::System();
  auto report = kind == "customers" ? crm::ImportCustomers(*runtime.db, system, in, options)
                : kind == "products"  ? crm::ImportProducts(*runtime.db, system, in, options)
                                      : crm::ImportOrders(*runtime.db, system, in, options);
  if (::isatty(2)) std::fprintf(stderr, "\r%*s\r", 40, "");
  if (!report.ok()) {
    std::fprintf(stderr, "error: %s\n", report.error().message.c_str());
    return 1;
  }
  PrintImportReport(report.value());
  if (!report->issues.empty() && !skip_bad_rows) return 1;
  return 0;
}

}  // namespace salient::cli
