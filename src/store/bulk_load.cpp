#include "store/bulk_load.hpp"

namespace salient::store {

SecondaryIndexes SecondaryIndexes::Drop(Tx& tx, const std::vector<std::string>& tables) {
  SecondaryIndexes dropped;
  for (const std::string& table : tables) {
    const std::vector<Row> indexes =
        tx.dialect() == Dialect::kSqlite
            ? tx.Query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?",
                       {table})
            : tx.Query("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = ? AND "
                       "i.indexname NOT IN (SELECT conname FROM pg_constraint)",
                       {table});
    for (const Row& index : indexes) {
      // Names come from the catalogue of our own schema, never from input.
      tx.Exec("DROP INDEX " + index.Str(0));
      dropped.definitions_.push_back(index.Str(1));
    }
  }
  return dropped;
}

void SecondaryIndexes::Rebuild(Tx& tx) const {
  for (const std::string& definition : definitions_) tx.Exec(definition);
}

}  // namespace salient::store
