#include <gtest/gtest.h>

#include "auth/role_catalog.hpp"
#include "auth/secrets.hpp"
#include "auth/session_service.hpp"
#include "auth/user_service.hpp"
#include "store/testing/test_database.hpp"

namespace salient::auth {
namespace {

using store::testing::TestDatabase;

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(RoleCatalog::SeedBuiltins(test_db.db()).ok()); }
  TestDatabase test_db{store::Dialect::kSqlite};
  RoleCatalog roles{test_db.db()};
  SessionCache cache;
  UserService users{test_db.db(), roles, cache};
  AuthConfig config;
  SessionService sessions{test_db.db(), roles, cache, config};

  User MakeUser(const std::string& name, const std::string& role) {
    auto u = users.Create(Actor::System(), {name, "Secret#2026", name, role, std::nullopt, std::nullopt, std::nullopt});
    EXPECT_TRUE(u.ok()) << u.error().message;
    return u.value();
  }
};

TEST_F(AuthTest, BuiltinRolesLoad) {
  auto role = roles.Get("sales_rep");
  ASSERT_TRUE(role.ok()) << role.error().message;
  EXPECT_TRUE(role.value()->Can("customer", Action::kRead));
  EXPECT_FALSE(role.value()->Can("customer", Action::kDelete));
  EXPECT_TRUE(role.value()->IsHidden("product", "cost_price"));
  EXPECT_EQ(role.value()->Scope("customer"), store::ScopeKind::kOwn);
}

TEST_F(AuthTest, PasswordsAreArgon2idAndVerify) {
  const std::string hash = HashPassword("Secret#2026");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(hash, "Secret#2026"));
  EXPECT_FALSE(VerifyPassword(hash, "secret#2026"));
  EXPECT_FALSE(VerifyPassword("garbage", "Secret#2026"));
}

TEST_F(AuthTest, TokensAreRandomAndOnlyTheirHashIsStored) {
  EXPECT_NE(NewToken(), NewToken());
  MakeUser("alice", "sales_rep");
  auto login = sessions.Login({"Alice", "Secret#2026", "127.0.0.1", "test", "r1"});
  ASSERT_TRUE(login.ok()) << login.error().message;
  auto stored = test_db.db().Read<std::string>([](store::Tx& tx) -> core::Result<std::string> {
    return tx.QueryOne("SELECT token_hash FROM sessions")->Str(0);
  });
  EXPECT_EQ(stored.value(), HashToken(login->token));
  EXPECT_NE(stored.value(), login->token);
  auto actor = sessions.Authenticate(login->token, "r2");
  ASSERT_TRUE(actor.ok()) << actor.error().message;
  EXPECT_EQ(actor->username, "alice");
  EXPECT_TRUE(actor->Can("visit", Action::kDelete));
}

TEST_F(AuthTest, SessionsExpireWithTheClock) {
  MakeUser("bob", "analyst");
  auto login = sessions.Login({"bob", "Secret#2026", "", "", ""});
  ASSERT_TRUE(login.ok());
  test_db.clock().Advance(config.session_ttl_ms - 1);
  EXPECT_TRUE(sessions.Authenticate(login->token, "").ok());
  test_db.clock().Advance(1);
  auto expired = sessions.Authenticate(login->token, "");
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.error().code, core::ErrorCode::kUnauthenticated);
}

TEST_F(AuthTest, ProgressiveDelayThenLockout) {
  MakeUser("carol", "analyst");
  auto attempt = [&](const char* password) { return sessions.Login({"carol", password, "", "", ""}); };
  for (int i = 0; i < config.login_free_attempts; ++i) EXPECT_EQ(attempt("wrong-1").error().code, core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(attempt("wrong-1").error().code, core::ErrorCode::kUnauthenticated);  // starts the first delay
  auto throttled = attempt("Secret#2026");
  EXPECT_EQ(throttled.error().code, core::ErrorCode::kRateLimited);
  EXPECT_EQ(throttled.error().retry_after_seconds, 1);
  int failures = config.login_free_attempts + 1;
  while (failures < config.lockout_threshold - 1) {
    test_db.clock().Advance(config.login_delay_max_ms);
    EXPECT_EQ(attempt("wrong-1").error().code, core::ErrorCode::kUnauthenticated);
    ++failures;
  }
  test_db.clock().Advance(config.login_delay_max_ms);
  EXPECT_EQ(attempt("wrong-1").error().code, core::ErrorCode::kLocked);
  EXPECT_EQ(attempt("Secret#2026").error().code, core::ErrorCode::kLocked);
  test_db.clock().Advance(config.lockout_ms);
  EXPECT_TRUE(attempt("Secret#2026").ok());
}

TEST_F(AuthTest, CachedAuthenticationNeverOutlivesARevocation) {
  MakeUser("erin", "sales_rep");
  auto login = sessions.Login({"erin", "Secret#2026", "", "", ""});
  ASSERT_TRUE(login.ok());
  EXPECT_FALSE(sessions.AuthenticateCached(login->token, "").has_value());  // cold: needs the database
  auto actor = sessions.Authenticate(login->token, "");
  ASSERT_TRUE(actor.ok());
  ASSERT_TRUE(actor->profile);
  EXPECT_EQ(actor->profile->username, "erin");
  auto cached = sessions.AuthenticateCached(login->token, "r");
  ASSERT_TRUE(cached.has_value());
  EXPECT_EQ(cached->user_id, actor->user_id);
  EXPECT_TRUE(cached->Can("customer", Action::kCreate));
  ASSERT_TRUE(sessions.Logout(*cached).ok());
  EXPECT_FALSE(sessions.AuthenticateCached(login->token, "").has_value());
  EXPECT_FALSE(sessions.Authenticate(login->token, "").ok());
}

TEST_F(AuthTest, RecordScopeHidesOtherRepsAccounts) {
  User a = MakeUser("rep_a", "sales_rep");
  User b = MakeUser("rep_b", "sales_rep");
  auto login = sessions.Login({"rep_a", "Secret#2026", "", "", ""});
  auto actor = sessions.Authenticate(login->token, "").value();
  EXPECT_TRUE(users.Get(actor, a.id).ok());
  EXPECT_EQ(users.Get(actor, b.id).error().code, core::ErrorCode::kNotFound);
  auto page = users.List(actor, {});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 1);
}

TEST_F(AuthTest, PasswordPolicyNamesTheField) {
  auto weak = users.Create(Actor::System(), {"dave", "password", "Dave", "analyst", std::nullopt, std::nullopt, std::nullopt});
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().fields.at(0).field, "password");
}

}  // namespace
}  // namespace salient::auth
