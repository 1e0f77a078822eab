#include "auth/session_service.hpp"

#include <algorithm>

#include "auth/audit.hpp"
#include "auth/secrets.hpp"
#include "auth/user_service.hpp"
#include "core/json.hpp"
#include "core/text.hpp"

namespace salient::auth {

namespace {

core::Error BadCredentials() {
  return {core::ErrorCode::kUnauthenticated, "invalid username or password", {}};
}

int SecondsUntil(core::Millis when, core::Millis now) {
  return static_cast<int>((when - now + 999) / 1000);
}

// A hash to verify against when the user does not exist, so timing does not reveal it.
const std::string& DummyHash() {
  static const std::string hash = HashPassword("salient-dummy-password-1");
  return hash;
}

// The zone and every zone below it (for subtree scopes).
std::vector<core::Id> ZoneSubtree(store::Tx& tx, std::optional<core::Id> zone_id) {
  std::vector<core::Id> ids;
  if (!zone_id) return ids;
  for (const auto& z : tx.Query("WITH RECURSIVE sub(id) AS (SELECT id FROM zones WHERE id = ? UNION ALL "
                                "SELECT z.id FROM zones z JOIN sub ON z.parent_id = sub.id) SELECT id FROM sub",
                                {*zone_id}))
    ids.push_back(z.Int(0));
  return ids;
}

}  // namespace

core::Millis SessionService::DelayAfter(int failures) const {
  if (failures <= config_.login_free_attempts) return 0;
  const int exponent = std::min(failures - config_.login_free_attempts - 1, 20);
  return std::min(config_.login_delay_base_ms << exponent, config_.login_delay_max_ms);
}

core::Result<LoginResult> SessionService::Login(const LoginRequest& request) {
  const std::string username = core::ToLower(core::Trim(request.username));
  if (username.empty()) return core::Error::Validation("username", "must not be empty");
  if (request.password.empty()) return core::Error::Validation("password", "must not be empty");

  struct Account {
    core::Id id;
    std::string hash;
    bool active;
    int failures;
    core::Millis next_login_at;
    core::Millis locked_until;
  };
  auto account = db_.Read<std::optional<Account>>([&](store::Tx& tx) -> core::Result<std::optional<Account>> {
    auto r = tx.QueryOne("SELECT id, password_hash, active, failed_logins, next_login_at, locked_until "
                         "FROM users WHERE username = ?", {username});
    if (!r) return std::optional<Account>{};
    return std::optional<Account>{Account{r->Int(0), r->Str(1), r->Bool(2), static_cast<int>(r->Int(3)),
                                          r->Int(4), r->Int(5)}};
  });
  if (!account.ok()) return account.error();
  const core::Millis now = db_.clock().NowMillis();
  if (!account.value()) {
    VerifyPassword(DummyHash(), request.password);
    return BadCredentials();
  }
  const Account& a = *account.value();
  if (a.locked_until > now) {
    core::Error e{core::ErrorCode::kLocked, "account is locked after repeated failed logins", {}};
    e.retry_after_seconds = SecondsUntil(a.locked_until, now);
    return e;
  }
  if (a.next_login_at > now) {
    core::Error e{core::ErrorCode::kRateLimited, "too many failed logins; wait before trying again", {}};
    e.retry_after_seconds = SecondsUntil(a.next_login_at, now);
    return e;
  }

  const bool password_ok = VerifyPassword(a.hash, request.password);
  Actor as_user;
  as_user.user_id = a.id;
  as_user.request_id = request.request_id;
  if (!password_ok || !a.active) {
    // The refusal is a value of the transaction, which must still commit the counters.
    auto recorded = db_.Write<std::optional<core::Error>>([&](store::Tx& tx) -> core::Result<std::optional<core::Error>> {
      // Count in the database, not from the value read above: concurrent guesses all count.
      tx.Exec("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?", {a.id});
      const int failures = static_cast<int>(tx.QueryOne("SELECT failed_logins FROM users WHERE id = ?", {a.id})->Int(0));
      core::Error result = BadCredentials();
      if (failures >= config_.lockout_threshold) {
        tx.Exec("UPDATE users SET locked_until = ?, failed_logins = 0, next_login_at = 0 WHERE id = ?",
                {tx.Now() + config_.lockout_ms, a.id});
        result = {core::ErrorCode::kLocked, "account is locked after repeated failed logins", {}};
        result.retry_after_seconds = SecondsUntil(tx.Now() + config_.lockout_ms, tx.Now());
      } else if (const core::Millis delay = DelayAfter(failures); delay > 0) {
        tx.Exec("UPDATE users SET next_login_at = ? WHERE id = ?", {tx.Now() + delay, a.id});
      }
      RecordChange(tx, as_user, {"user", a.id, "login_failed", nullptr,
                                 core::json::object{{"ip", request.ip},
                                                    {"failures", failures},
                                                    {"locked", result.code == core::ErrorCode::kLocked}}});
      return std::optional<core::Error>{result};
    });
    if (!recorded.ok()) return recorded.error();
    return *recorded.value();
  }

  LoginResult result;
  result.token = NewToken();
  result.csrf_token = NewToken();
  auto user = db_.Write<User>([&](store::Tx& tx) -> core::Result<User> {
    tx.Exec("UPDATE users SET failed_logins = 0, next_login_at = 0 WHERE id = ?", {a.id});
    const core::Id session_id = tx.NewId();
    result.expires_at = tx.Now() + config_.session_ttl_ms;
    tx.Exec("INSERT INTO sessions (id, user_id, token_hash, csrf_token, created_at, expires_at, user_agent, ip) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {session_id, a.id, HashToken(result.token), result.csrf_token, tx.Now(), result.expires_at,
             request.user_agent.substr(0, 256), request.ip});
    RecordChange(tx, as_user, {"user", a.id, "login", nullptr, core::json::object{{"ip", request.ip}}});
    return *LoadUser(tx, a.id);
  });
  if (!user.ok()) return user.error();
  result.user = std::move(user).value();
  return result;
}

core::Result<Actor> SessionService::Authenticate(const std::string& token, const std::string& request_id) {
  if (token.empty() || token.size() > 128) return core::Error{core::ErrorCode::kUnauthenticated, "not logged in", {}};
  const std::string token_hash = HashToken(token);
  std::optional<Actor> actor = cache_.Find(token_hash, db_.clock().NowMillis());
  if (!actor) {
    core::Millis expires_at = 0;
    auto loaded = db_.Read<Actor>([&](store::Tx& tx) -> core::Result<Actor> {
      auto r = tx.QueryOne(
          "SELECT s.id, s.csrf_token, u.id, u.username, u.display_name, u.role, u.zone_id, s.expires_at "
          "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.revoked_at IS NULL "
          "AND s.expires_at > ? AND u.active = 1",
          {token_hash, tx.Now()});
      if (!r) return core::Error{core::ErrorCode::kUnauthenticated, "session expired or revoked; log in again", {}};
      Actor a;
      a.session_id = r->Int(0);
      a.csrf_token = r->Str(1);
      a.user_id = r->Int(2);
      a.username = r->Str(3);
      a.display_name = r->Str(4);
      a.role_name = r->Str(5);
      a.zone_id = r->OptInt(6);
      expires_at = r->Int(7);
      a.zone_subtree = ZoneSubtree(tx, a.zone_id);
      if (auto user = LoadUser(tx, a.user_id)) a.profile = std::make_shared<const User>(std::move(*user));
      return a;
    });
    if (!loaded.ok()) return loaded.error();
    actor = std::move(loaded).value();
    cache_.Put(token_hash, *actor, db_.clock().NowMillis(), expires_at);
  }
  actor->request_id = request_id;
  return WithRole(std::move(*actor));
}

std::optional<Actor> SessionService::AuthenticateCached(const std::string& token, const std::string& request_id) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  std::optional<Actor> actor = cache_.Find(HashToken(token), db_.clock().NowMillis());
  if (!actor) return std::nullopt;
  auto role = roles_.TryGetCached(actor->role_name);
  if (!role) return std::nullopt;
  actor->role = *role;
  actor->request_id = request_id;
  return actor;
}

core::Result<Actor> SessionService::WithRole(Actor actor) {
  // The role comes from the catalog on every request, so permission edits apply at once.
  auto role = roles_.Get(actor.role_name);
  if (!role.ok()) {
    // A user whose role vanished has no rights at all: fail closed.
    if (role.error().code == core::ErrorCode::kNotFound) return core::Error::Denied("role not found");
    return role.error();
  }
  actor.role = role.value();
  return actor;
}

core::Result<Actor> SessionService::ActorFor(core::Id user_id) {
  auto actor = db_.Read<Actor>([&](store::Tx& tx) -> core::Result<Actor> {
    auto r = tx.QueryOne("SELECT id, username, display_name, role, zone_id FROM users WHERE id = ? AND active = 1", {user_id});
    if (!r) return core::Error{core::ErrorCode::kUnauthenticated, "user is inactive or gone", {}};
    Actor a;
    a.user_id = r->Int(0);
    a.username = r->Str(1);
    a.display_name = r->Str(2);
    a.role_name = r->Str(3);
    a.zone_id = r->OptInt(4);
    a.zone_subtree = ZoneSubtree(tx, a.zone_id);
    return a;
  });
  if (!actor.ok()) return actor.error();
  return WithRole(std::move(actor).value());
}

core::Status SessionService::Logout(const Actor& actor) {
  auto status = db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", {tx.Now(), actor.session_id});
    RecordChange(tx, actor, {"user", actor.user_id, "logout", nullptr,
                             core::json::object{{"session_id", core::IdToString(actor.session_id)}}});
    return core::Ok{};
  });
  cache_.EvictSession(actor.session_id);
  return status;
}

}  // namespace salient::auth
