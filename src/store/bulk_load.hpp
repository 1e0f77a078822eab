#pragma once
// Bulk loads: dropping a table's secondary indexes, inserting, then building them again
// in one sorted pass is several times faster than maintaining them row by row. Indexes
// that back constraints (primary keys, UNIQUE) stay, so duplicates are still caught.
// Use inside the loading transaction; readers keep their snapshot meanwhile.
#include <string>
#include <vector>

#include "store/database.hpp"

namespace salient::store {

class SecondaryIndexes {
 public:
  // Drops the secondary indexes of `tables` and remembers their definitions.
  static SecondaryIndexes Drop(Tx& tx, const std::vector<std::string>& tables);
  // Recreates what Drop removed.
  void Rebuild(Tx& tx) const;

 private:
  std::vector<std::string> definitions_;
};

}  // namespace salient::store
