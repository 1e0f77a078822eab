#pragma once
// One page of a list: the items plus the total matching the filters.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace salient::core {

// What a page says besides its items.
struct PageInfo {
  std::int64_t total = 0;
  bool total_capped = false;         // large tables: `total` is a lower bound ("10,000+")
  std::optional<std::string> next_cursor;  // keyset pagination: pass back as `cursor`
};

template <typename T>
struct Page : PageInfo {
  std::vector<T> items;
};

// A complete, unpaged list (small catalogues such as zones or stages).
template <typename T>
Page<T> WholeList(std::vector<T> items) {
  Page<T> page;
  page.total = static_cast<std::int64_t>(items.size());
  page.items = std::move(items);
  return page;
}

// Common list parameters; `limit` is clamped to [1, 200] by the api layer.
struct ListParams {
  int limit = 50;
  int offset = 0;
  std::string sort;  // "field" ascending, "-field" descending; empty: the default order
  std::string q;     // free-text search
  std::string cursor;  // from a previous page's next_cursor (replaces offset)
};

}  // namespace salient::core
