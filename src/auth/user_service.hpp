#pragma once
#include <boost/json/value.hpp>
// User accounts: create, read, update, deactivate, passwords. Every call checks the
// actor's permission on `user` and applies the record scope (a rep sees only their
// own account; a zone manager their zone's people).
#include <optional>
#include <string>

#include "auth/actor.hpp"
#include "auth/auth_config.hpp"
#include "auth/role_catalog.hpp"
#include "auth/session_cache.hpp"
#include "auth/user.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::auth {

struct NewUser {
  std::string username;
  std::string password;
  std::string display_name;
  std::string role;
  std::optional<core::Id> zone_id;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string locale = "zh-CN";
  std::string time_zone = "Asia/Shanghai";
};

// Fields left empty are not changed. zone_id: outer empty = unchanged, inner empty = clear.
struct UserPatch {
  int version = 0;
  std::optional<std::string> display_name;
  std::optional<std::optional<std::string>> email;
  std::optional<std::optional<std::string>> phone;
  std::optional<std::string> locale;
  std::optional<std::string> time_zone;
  std::optional<std::string> role;
  std::optional<std::optional<core::Id>> zone_id;
  std::optional<bool> active;
};

struct UserQuery {
  core::ListParams list;
  std::string role;
  std::optional<core::Id> zone_id;
  std::optional<bool> active;
};

class UserService {
 public:
  UserService(store::Database& db, RoleCatalog& roles, SessionCache& sessions)
      : db_(db), roles_(roles), sessions_(sessions) {}

  core::Result<User> Create(const Actor& actor, const NewUser& user);
  core::Result<User> Get(const Actor& actor, core::Id id);
  core::Result<core::Page<User>> List(const Actor& actor, const UserQuery& query);
  // Stale `version` → kConflict. Changing one's own role or deactivating oneself is refused.
  core::Result<User> Update(const Actor& actor, core::Id id, const UserPatch& patch);
  // Profile fields only (display name, email, phone, locale, time zone) of the actor.
  core::Result<User> UpdateProfile(const Actor& actor, UserPatch patch);
  core::Status Deactivate(const Actor& actor, core::Id id);
  // Admin reset: sets the password, clears the lockout, revokes all sessions.
  core::Status SetPassword(const Actor& actor, core::Id id, const std::string& password);
  // Self-service: checks the current password, then revokes all the user's sessions.
  core::Status ChangeOwnPassword(const Actor& actor, const std::string& current, const std::string& next);
  core::Result<core::Id> FindIdByUsername(const std::string& username);
  // Colleagues anyone signed in may find (to mention or message): active people's id,
  // username, display name, role and zone — nothing else. {items: [...]}.
  core::Result<boost::json::value> Directory(const Actor& actor, const std::string& q, int limit);

 private:
  core::Status Validate(store::Tx& tx, const User& user, const std::string& field_prefix);

  // Runs `change` and, once it committed, forgets the user's cached sessions.
  template <typename T>
  T Evicting(core::Id user_id, T result) {
    if (result.ok()) sessions_.EvictUser(user_id);
    return result;
  }

  store::Database& db_;
  RoleCatalog& roles_;
  SessionCache& sessions_;
};

// Reads one user row in the current transaction (no scope check; for auth internals).
std::optional<User> LoadUser(store::Tx& tx, core::Id id);
void RevokeSessions(store::Tx& tx, core::Id user_id);

}  // namespace salient::auth
