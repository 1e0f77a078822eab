#pragma once
// What every command needs: a clock, an id generator and an open, migrated database.
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "core/id.hpp"
#include "store/database.hpp"

namespace salient::cli {

struct Runtime {
  core::SystemClock clock;
  std::unique_ptr<core::IdGenerator> ids;
  std::unique_ptr<store::Database> db;
};

// Opens the database, applies migrations and seeds the built-in roles. Prints the
// reason and returns nullptr on failure.
std::unique_ptr<Runtime> OpenRuntime(const std::string& db_url, int pool_size, int node_id);

// Node id for time-ordered ids: SALIENT_NODE_ID, or derived from host name and pid.
int DefaultNodeId();

}  // namespace salient::cli
