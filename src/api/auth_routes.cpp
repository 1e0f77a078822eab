// Login, logout and the caller's own account.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"
#include "core/json.hpp"

namespace salient::api {

namespace json = boost::json;

namespace {

std::string Cookie(const std::string& name, const std::string& value, long long max_age_s, bool http_only,
                   bool secure) {
  return name + "=" + value + "; Path=/; Max-Age=" + std::to_string(max_age_s) + "; SameSite=Strict" +
         (http_only ? "; HttpOnly" : "") + (secure ? "; Secure" : "");
}

// The caller's record plus their permissions; the permission part is the role's text
// serialized once at load, spliced in rather than rebuilt per request.
std::string MeBody(const auth::User& user, const auth::Actor& actor) {
  json::object me = auth::UserToJson(user).as_object();
  if (actor.role) {
    me["role_label_zh"] = actor.role->label_zh;
    me["role_label_en"] = actor.role->label_en;
  }
  me["csrf_token"] = actor.csrf_token;
  std::string body = json::serialize(me);
  body.pop_back();  // the closing brace
  const bool cached = actor.role && !actor.role->permissions_text.empty();
  body += ",\"permissions\":";
  body += !actor.role ? "{}" : cached ? actor.role->permissions_text : json::serialize(auth::GrantsToJson(*actor.role));
  body += ",\"hidden_fields\":";
  body += !actor.role ? "{}" : cached ? actor.role->hidden_fields_text : json::serialize(auth::HiddenFieldsToJson(*actor.role));
  body += "}";
  return body;
}

Response MeResponse(const auth::User& user, const auth::Actor& actor) {
  Response r;
  r.body = MeBody(user, actor);
  return r;
}

}  // namespace

void AddAuthRoutes(Router& router, Services& s, const AppConfig& config) {
  router.Add("POST", "/api/v1/auth/login", Access::kPublic, "auth", "Log in with username and password",
             [&s, &config](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auth::LoginRequest login;
               login.username = body->String("username", true, 64).value_or("");
               login.password = body->String("password", true, 256).value_or("");
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               login.ip = ctx.request.remote_ip;
               login.user_agent = ctx.request.Header("user-agent");
               login.request_id = ctx.request.request_id;
               auto result = s.sessions.Login(login);
               if (!result.ok()) return Problem(ctx, result.error());
               auth::Actor actor;
               actor.csrf_token = result->csrf_token;
               auto role = s.roles.Get(result->user.role);
               if (role.ok()) actor.role = role.value();
               Response r = JsonResponse(200, json::object{{"token", result->token},
                                                           {"csrf_token", result->csrf_token},
                                                           {"expires_at", core::TimeValue(result->expires_at)},
                                                           {"user", json::parse(MeBody(result->user, actor))}});
               const long long max_age = s.sessions.config().session_ttl_ms / 1000;
               r.headers.emplace_back("Set-Cookie", Cookie("salient_session", result->token, max_age, true,
                                                           config.secure_cookies));
               r.headers.emplace_back("Set-Cookie", Cookie("salient_csrf", result->csrf_token, max_age, false,
                                                           config.secure_cookies));
               r.user = result->user.username;
               return r;
             });

  router.Add("POST", "/api/v1/auth/logout", Access::kSession, "auth", "Log out (revokes the session)",
             [&s, &config](Context& ctx) {
               if (auto done = s.sessions.Logout(*ctx.actor); !done.ok()) return Problem(ctx, done.error());
               Response r = NoContent();
               r.headers.emplace_back("Set-Cookie", Cookie("salient_session", "", 0, true, config.secure_cookies));
               r.headers.emplace_back("Set-Cookie", Cookie("salient_csrf", "", 0, false, config.secure_cookies));
               return r;
             });

  router.Add("GET", "/api/v1/me", Access::kSession, "auth", "The caller's account, permissions and hidden fields",
             [&s](Context& ctx) {
               if (ctx.actor->profile) return MeResponse(*ctx.actor->profile, *ctx.actor);
               auto user = s.db.Read<auth::User>([&](store::Tx& tx) -> core::Result<auth::User> {
                 auto u = auth::LoadUser(tx, ctx.actor->user_id);
                 if (!u) return core::Error::NotFound("user");
                 return *u;
               });
               if (!user.ok()) return Problem(ctx, user.error());
               return MeResponse(user.value(), *ctx.actor);
             });
  router.FromSession();

  router.Add("PATCH", "/api/v1/me", Access::kSession, "auth", "Update the caller's profile and language",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auth::UserPatch patch;
               patch.display_name = body->String("display_name", false, 64);
               patch.email = body->NullableString("email", 254);
               patch.phone = body->NullableString("phone", 24);
               patch.locale = body->String("locale", false, 8);
               patch.time_zone = body->String("time_zone", false, 64);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               auto user = s.users.UpdateProfile(*ctx.actor, patch);
               if (!user.ok()) return Problem(ctx, user.error());
               return MeResponse(user.value(), *ctx.actor);
             });

  router.Add("POST", "/api/v1/me/password", Access::kSession, "auth",
             "Change the caller's password (revokes every session)", [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               auto current = body->String("current_password", true, 256);
               auto next = body->String("new_password", true, 256);
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               if (auto changed = s.users.ChangeOwnPassword(*ctx.actor, *current, *next); !changed.ok())
                 return Problem(ctx, changed.error());
               return NoContent();
             });
}

}  // namespace salient::api
