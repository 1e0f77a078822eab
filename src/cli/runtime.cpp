#include "cli/runtime.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <functional>

#include "auth/role_catalog.hpp"
#include "store/migrate.hpp"
#include "workflow/rule_service.hpp"

namespace salient::cli {

int DefaultNodeId() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return static_cast<int>((std::hash<std::string>{}(host) ^ static_cast<std::size_t>(::getpid())) % 1024);
}

std::unique_ptr<Runtime> OpenRuntime(const std::string& db_url, int pool_size, int node_id) {
  auto runtime = std::make_unique<Runtime>();
  runtime->ids = std::make_unique<core::IdGenerator>(runtime->clock, node_id);
  auto db = store::Database::Open({db_url, pool_size}, runtime->clock, *runtime->ids);
  if (!db.ok()) {
    spdlog::error("{}", db.error().message);
    return nullptr;
  }
  runtime->db = std::move(db).value();
  auto migrated = store::Migrate(*runtime->db, store::EmbeddedMigrations());
  if (!migrated.ok()) {
    spdlog::error("{}", migrated.error().message);
    return nullptr;
  }
  if (auto seeded = auth::RoleCatalog::SeedBuiltins(*runtime->db); !seeded.ok()) {
    spdlog::error("seeding roles: {}", seeded.error().message);
    return nullptr;
  }
  if (auto seeded = workflow::SeedBuiltInRules(*runtime->db); !seeded.ok()) {
    spdlog::error("seeding workflow rules: {}", seeded.error().message);
    return nullptr;
  }
  return runtime;
}

}  // namespace salient::cli
