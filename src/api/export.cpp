#include "api/export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "api/reply.hpp"
#include "auth/permissions.hpp"
#include "core/csv.hpp"
#include "core/money.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxRows = 100000;

// Money travels in minor units; a spreadsheet shows yuan.
bool IsMoney(std::string_view column) {
  static const std::set<std::string_view> kMoney = {"amount", "total", "subtotal", "discount_total", "list_price",
                                                    "cost_price", "credit_limit", "credit_used", "revenue_12m",
                                                    "net_amount", "weighted_amount"};
  return kMoney.count(column) > 0;
}

std::vector<std::string> Columns(const std::vector<json::object>& rows) {
  std::vector<std::string> columns;
  if (rows.empty()) return columns;
  for (const auto& [key, value] : rows.front())
    if (!value.is_object() && !(value.is_array() && !value.as_array().empty() && value.as_array()[0].is_object()))
      columns.emplace_back(key);  // nested records (lines, history) do not fit a sheet
  return columns;
}

std::string Text(const std::string& column, const json::value* v) {
  if (v == nullptr || v->is_null()) return {};
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_bool()) return v->as_bool() ? "true" : "false";
  if (v->is_int64() && IsMoney(column)) return core::FormatMoney(v->as_int64());
  if (v->is_array()) {
    std::string joined;
    for (const auto& item : v->as_array())
      joined += (joined.empty() ? "" : "; ") + (item.is_string() ? std::string(item.as_string()) : json::serialize(item));
    return joined;
  }
  return json::serialize(*v);
}

}  // namespace

std::string ToCsv(const std::vector<json::object>& rows) {
  const auto columns = Columns(rows);
  std::string out = "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8 (Chinese) correctly
  for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + core::CsvField(columns[i]);
  out += "\r\n";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < columns.size(); ++i)
      out += (i ? "," : "") + core::CsvField(Text(columns[i], row.if_contains(columns[i])));
    out += "\r\n";
  }
  return out;
}

core::Result<std::string> ToXlsx(const std::vector<json::object>& rows, const std::string& sheet) {
  char path[] = "/tmp/salient-export-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return core::Error{core::ErrorCode::kUnavailable, "cannot create a temporary file", {}};
  ::close(fd);
  lxw_workbook* workbook = workbook_new(path);
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.c_str());
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xE8EEF7);
  lxw_format* money = workbook_add_format(workbook);
  format_set_num_format(money, "#,##0.00");
  const auto columns = Columns(rows);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), columns[c].c_str(), header);
    worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 16, nullptr);
  }
  worksheet_freeze_panes(worksheet, 1, 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const json::value* v = rows[r].if_contains(columns[c]);
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto col = static_cast<lxw_col_t>(c);
      if (v == nullptr || v->is_null()) continue;
      if (v->is_int64() && IsMoney(columns[c])) worksheet_write_number(worksheet, row, col, v->as_int64() / 100.0, money);
      else if (v->is_int64()) worksheet_write_number(worksheet, row, col, static_cast<double>(v->as_int64()), nullptr);
      else if (v->is_double()) worksheet_write_number(worksheet, row, col, v->as_double(), nullptr);
      else worksheet_write_string(worksheet, row, col, Text(columns[c], v).c_str(), nullptr);
    }
  }
  const lxw_error error = workbook_close(workbook);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  std::remove(path);
  if (error != LXW_NO_ERROR) return core::Error{core::ErrorCode::kInternal, lxw_strerror(error), {}};
  return content.str();
}

Response ExportResponse(Context& ctx, const std::string& object, const std::string& file_stem,
                        const core::ListParams& params, const PageFetcher& fetch) {
  if (auto allowed = ctx.actor->Require(object, auth::Action::kExport); !allowed.ok()) return Problem(ctx, allowed.error());
  const std::string format = ctx.request.Query("format").value_or("csv");
  if (format != "csv" && format != "xlsx") return Problem(ctx, core::Error::Invalid("format", "must be csv or xlsx"));
  std::vector<json::object> rows;
  core::ListParams page = params;
  page.limit = 1000;
  page.offset = 0;
  bool truncated = false;
  while (true) {
    auto batch = fetch(page);
    if (!batch.ok()) return Problem(ctx, batch.error());
    for (auto& row : batch.value()) rows.push_back(std::move(row));
    if (batch->size() < static_cast<std::size_t>(page.limit)) break;
    if (rows.size() >= kMaxRows) {
      truncated = true;
      break;
    }
    page.offset += page.limit;
  }
  Response r;
  if (format == "csv") {
    r.body = ToCsv(rows);
    r.content_type = "text/csv; charset=utf-8";
  } else {
    auto xlsx = ToXlsx(rows, file_stem);
    if (!xlsx.ok()) return Problem(ctx, xlsx.error());
    r.body = std::move(xlsx).value();
    r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_stem + "." + format + "\"");
  if (truncated) r.headers.emplace_back("X-Export-Truncated", "true");
  return r;
}

}  // namespace salient::api
