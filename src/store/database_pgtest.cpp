#include "store/testing/database_contract.hpp"

namespace salient::store::testing {

INSTANTIATE_TEST_SUITE_P(Postgres, DatabaseContract, ::testing::Values(Dialect::kPostgres), DialectName);

}  // namespace salient::store::testing
