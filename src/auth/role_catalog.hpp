#pragma once
// The roles table, cached. Reads are served from memory and refreshed at most every
// two seconds (so an edit on another node is seen quickly); an edit on this node
// invalidates at once. Thread-safe.
#include <boost/json/fwd.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <optional>
#include <vector>

#include "auth/actor.hpp"
#include "auth/permissions.hpp"
#include "store/database.hpp"

namespace salient::auth {

class RoleCatalog {
 public:
  explicit RoleCatalog(store::Database& db) : db_(db) {}

  // kNotFound for an unknown role; kUnavailable when the table cannot be read (fail closed).
  core::Result<std::shared_ptr<const RoleDefinition>> Get(std::string_view name);
  // The cached role if the cache is fresh; nullopt when answering would need the database.
  std::optional<std::shared_ptr<const RoleDefinition>> TryGetCached(std::string_view name);
  core::Result<std::vector<std::shared_ptr<const RoleDefinition>>> List();
  // Replaces a role's permissions and hidden fields; stale version → kConflict.
  // The admin role is read-only so that nobody locks everyone out.
  core::Result<std::shared_ptr<const RoleDefinition>> Update(const Actor& actor, std::string_view name,
                                                             int version,
                                                             const boost::json::value& permissions,
                                                             const boost::json::value& hidden_fields);

  // Inserts the built-in roles that are missing (run after migrations).
  static core::Status SeedBuiltins(store::Database& db);
  void Invalidate();

 private:
  core::Status Refresh();

  store::Database& db_;
  std::shared_mutex mutex_;
  std::map<std::string, std::shared_ptr<const RoleDefinition>, std::less<>> roles_;
  core::Millis loaded_at_ = -1;
};

}  // namespace salient::auth
