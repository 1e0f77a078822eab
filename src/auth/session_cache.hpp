#pragma once
// Authenticated sessions kept in memory for one second, so a burst of requests costs one
// session lookup instead of one per request. Logout, password changes, deactivation and
// role changes on this node evict at once; other nodes see them within the TTL.
// Thread-safe.
#include <mutex>
#include <shared_mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "auth/actor.hpp"
#include "core/clock.hpp"

namespace salient::auth {

class SessionCache {
 public:
  explicit SessionCache(core::Millis ttl_ms = 1000) : ttl_ms_(ttl_ms) {}

  std::optional<Actor> Find(const std::string& token_hash, core::Millis now);
  void Put(const std::string& token_hash, const Actor& actor, core::Millis now, core::Millis session_expires_at);
  void EvictUser(core::Id user_id);
  void EvictSession(core::Id session_id);

 private:
  struct Entry {
    Actor actor;
    core::Millis valid_until;
  };
  core::Millis ttl_ms_;
  std::shared_mutex mutex_;  // lookups in parallel, changes one at a time
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace salient::auth
