#pragma once
// Logging in and out, and turning a bearer token or session cookie into an Actor.
// Tokens are random; only their SHA-256 is stored. Repeated failures slow down the
// next attempt (progressive delay) and then lock the account for a while.
#include <string>

#include "auth/actor.hpp"
#include "auth/auth_config.hpp"
#include "auth/role_catalog.hpp"
#include "auth/session_cache.hpp"
#include "auth/user.hpp"
#include "store/database.hpp"

namespace salient::auth {

struct LoginResult {
  std::string token;
  std::string csrf_token;
  core::Millis expires_at = 0;
  User user;
};

struct LoginRequest {
  std::string username;
  std::string password;
  std::string ip;
  std::string user_agent;
  std::string request_id;
};

class SessionService {
 public:
  SessionService(store::Database& db, RoleCatalog& roles, SessionCache& cache, AuthConfig config)
      : db_(db), roles_(roles), cache_(cache), config_(config) {}

  // kUnauthenticated for a wrong username or password (one message for both),
  // kRateLimited while a delay is running, kLocked while the account is locked.
  core::Result<LoginResult> Login(const LoginRequest& request);
  // kUnauthenticated for an unknown, expired or revoked token or an inactive user.
  core::Result<Actor> Authenticate(const std::string& token, const std::string& request_id);
  // The same answer when it is in memory (session and role caches), else nullopt: lets
  // the server answer without a database round trip. Never touches the database.
  std::optional<Actor> AuthenticateCached(const std::string& token, const std::string& request_id);
  core::Status Logout(const Actor& actor);
  // The rights of a user outside any request (background jobs acting for them).
  core::Result<Actor> ActorFor(core::Id user_id);

  const AuthConfig& config() const { return config_; }

 private:
  core::Millis DelayAfter(int failures) const;
  core::Result<Actor> WithRole(Actor actor);

  store::Database& db_;
  RoleCatalog& roles_;
  SessionCache& cache_;
  AuthConfig config_;
};

}  // namespace salient::auth
