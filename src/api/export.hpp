#pragma once
// Export of a list view to CSV or XLSX. The rows are the same JSON the list endpoint
// returns for the caller — already scoped and with hidden fields removed — so an export
// can never show more than the screen. Needs `export` on the object.
#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <vector>

#include "api/router.hpp"
#include "core/page.hpp"
#include "core/result.hpp"

namespace salient::api {

// Fetches one page of rows for the given list parameters.
using PageFetcher = std::function<core::Result<std::vector<boost::json::object>>(const core::ListParams&)>;

// Pages through the list (up to 100,000 rows) and answers with a file download.
// `?format=csv` (default, UTF-8 with BOM so Excel reads Chinese) or `?format=xlsx`.
Response ExportResponse(Context& ctx, const std::string& object, const std::string& file_stem,
                        const core::ListParams& params, const PageFetcher& fetch);

// Writers (exposed for tests).
std::string ToCsv(const std::vector<boost::json::object>& rows);
core::Result<std::string> ToXlsx(const std::vector<boost::json::object>& rows, const std::string& sheet);

}  // namespace salient::api
