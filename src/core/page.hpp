#pragma once
// One page of a list: the items plus the total matching the filters.
#include <cstdint>
#include <string>
#include <vector>

namespace salient::core {

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
};

// Common list parameters; `limit` is clamped to [1, 200] by the api layer.
struct ListParams {
  int limit = 50;
  int offset = 0;
  std::string sort;  // "field" ascending, "-field" descending; empty: the default order
  std::string q;     // free-text search
};

}  // namespace salient::core
