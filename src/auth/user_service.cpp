#include "auth/user_service.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "auth/audit.hpp"
#include "auth/secrets.hpp"
#include "core/json.hpp"
#include "core/text.hpp"

namespace salient::auth {

namespace {

const char* kUserColumns =
    "SELECT u.id, u.username, u.display_name, u.email, u.phone, u.locale, u.time_zone, u.role, "
    "u.zone_id, z.name AS zone_name, u.active, u.locked_until, u.version, u.created_at, u.updated_at "
    "FROM users u LEFT JOIN zones z ON z.id = u.zone_id";

User FromRow(const store::Row& r, core::Millis now) {
  User u;
  u.id = r.Int(0);
  u.username = r.Str(1);
  u.display_name = r.Str(2);
  u.email = r.OptStr(3);
  u.phone = r.OptStr(4);
  u.locale = r.Str(5);
  u.time_zone = r.Str(6);
  u.role = r.Str(7);
  u.zone_id = r.OptInt(8);
  u.zone_name = r.Str(9);
  u.active = r.Bool(10);
  u.locked = r.Int(11) > now;
  u.version = static_cast<int>(r.Int(12));
  u.created_at = r.Int(13);
  u.updated_at = r.Int(14);
  return u;
}

bool ValidUsername(const std::string& name) {
  return name.size() >= 3 && name.size() <= 32 &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
         });
}

bool ValidTimeZone(const std::string& tz) {
  return !tz.empty() && tz.size() <= 64 && std::all_of(tz.begin(), tz.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+';
  });
}

// Whether `id` lies inside the actor's record scope for users; outside looks like absent.
bool Visible(store::Tx& tx, const Actor& actor, core::Id id) {
  const store::Predicate scope = store::ScopePredicate(actor.Scope("user"), "u.id", "u.zone_id");
  std::vector<store::Value> params = {id};
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  return tx.QueryOne("SELECT u.id FROM users u WHERE u.id = ? AND " + scope.sql, params).has_value();
}

}  // namespace

std::optional<User> LoadUser(store::Tx& tx, core::Id id) {
  auto row = tx.QueryOne(std::string(kUserColumns) + " WHERE u.id = ?", {id});
  if (!row) return std::nullopt;
  return FromRow(*row, tx.Now());
}

void RevokeSessions(store::Tx& tx, core::Id user_id) {
  tx.Exec("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", {tx.Now(), user_id});
}

core::Status UserService::Validate(store::Tx& tx, const User& u, const std::string& prefix) {
  if (core::Trim(u.display_name).empty())
    return core::Error::Validation(prefix + "display_name", "must not be empty");
  if (core::Utf8Length(u.display_name) > 64)
    return core::Error::Validation(prefix + "display_name", "must be at most 64 characters");
  if (u.email && !core::IsEmailAddress(*u.email)) return core::Error::Validation(prefix + "email", "is not an email address");
  if (u.phone && !core::IsPhoneNumber(*u.phone)) return core::Error::Validation(prefix + "phone", "is not a phone number");
  if (u.locale != "zh-CN" && u.locale != "en-US")
    return core::Error::Validation(prefix + "locale", "must be zh-CN or en-US");
  if (!ValidTimeZone(u.time_zone)) return core::Error::Validation(prefix + "time_zone", "is not a time zone");
  if (!tx.QueryOne("SELECT name FROM roles WHERE name = ?", {u.role}))
    return core::Error::Validation(prefix + "role", "unknown role " + u.role);
  if (u.zone_id && !tx.QueryOne("SELECT id FROM zones WHERE id = ?", {*u.zone_id}))
    return core::Error::Validation(prefix + "zone_id", "unknown zone");
  return core::Ok{};
}

core::Result<User> UserService::Create(const Actor& actor, const NewUser& input) {
  if (auto s = actor.Require("user", Action::kCreate); !s.ok()) return s.error();
  User user;
  user.username = core::ToLower(core::Trim(input.username));
  user.display_name = core::Trim(input.display_name.empty() ? input.username : input.display_name);
  user.email = input.email;
  user.phone = input.phone;
  user.locale = input.locale;
  user.time_zone = input.time_zone;
  user.role = input.role;
  user.zone_id = input.zone_id;
  if (!ValidUsername(user.username))
    return core::Error::Validation("username", "must be 3-32 characters: letters, digits, _ . -");
  if (auto s = CheckPasswordPolicy(input.password, "password"); !s.ok()) return s.error();
  const std::string hash = HashPassword(input.password);  // slow on purpose: outside the transaction
  return db_.Write<User>([&](store::Tx& tx) -> core::Result<User> {
    if (auto s = Validate(tx, user, ""); !s.ok()) return s.error();
    if (tx.QueryOne("SELECT id FROM users WHERE username = ?", {user.username}))
      return core::Error{core::ErrorCode::kConflict, "username already taken", {{"username", "already taken"}}};
    user.id = tx.NewId();
    user.created_at = user.updated_at = tx.Now();
    tx.Exec("INSERT INTO users (id, username, display_name, email, phone, locale, time_zone, role, zone_id, "
            "active, password_hash, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1, ?, ?)",
            {user.id, user.username, user.display_name, user.email, user.phone, user.locale, user.time_zone,
             user.role, user.zone_id, hash, user.created_at, user.updated_at});
    User created = *LoadUser(tx, user.id);
    RecordChange(tx, actor, {"user", created.id, "create", nullptr, UserToJson(created)});
    return created;
  });
}

core::Result<User> UserService::Get(const Actor& actor, core::Id id) {
  if (auto s = actor.Require("user", Action::kRead); !s.ok()) return s.error();
  return db_.Read<User>([&](store::Tx& tx) -> core::Result<User> {
    const store::Predicate scope = store::ScopePredicate(actor.Scope("user"), "u.id", "u.zone_id");
    std::vector<store::Value> params = {id};
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    auto row = tx.QueryOne(std::string(kUserColumns) + " WHERE u.id = ? AND " + scope.sql, params);
    if (!row) return core::Error::NotFound("user");
    return FromRow(*row, tx.Now());
  });
}

core::Result<core::Page<User>> UserService::List(const Actor& actor, const UserQuery& query) {
  if (auto s = actor.Require("user", Action::kRead); !s.ok()) return s.error();
  static const std::vector<std::string> kSortable = {"username", "display_name", "role", "created_at", "updated_at"};
  std::string order = "u.username";
  if (!query.list.sort.empty()) {
    const bool desc = query.list.sort[0] == '-';
    const std::string field = desc ? query.list.sort.substr(1) : query.list.sort;
    if (std::find(kSortable.begin(), kSortable.end(), field) == kSortable.end())
      return core::Error::Validation("sort", "cannot sort by " + field);
    order = "u." + field + (desc ? " DESC" : " ASC") + ", u.id";
  }
  return db_.Read<core::Page<User>>([&](store::Tx& tx) -> core::Result<core::Page<User>> {
    const store::Predicate scope = store::ScopePredicate(actor.Scope("user"), "u.id", "u.zone_id");
    std::string where = " WHERE " + scope.sql;
    std::vector<store::Value> params = scope.params;
    if (!query.list.q.empty()) {
      where += " AND (LOWER(u.username) LIKE ? OR LOWER(u.display_name) LIKE ? OR LOWER(u.email) LIKE ?)";
      const std::string like = "%" + core::ToLower(query.list.q) + "%";
      params.insert(params.end(), {like, like, like});
    }
    if (!query.role.empty()) where += " AND u.role = ?", params.emplace_back(query.role);
    if (query.zone_id) where += " AND u.zone_id = ?", params.emplace_back(*query.zone_id);
    if (query.active) where += " AND u.active = ?", params.emplace_back(*query.active ? 1 : 0);
    core::Page<User> page;
    page.total = tx.QueryOne("SELECT COUNT(*) FROM users u" + where, params)->Int(0);
    params.emplace_back(query.list.limit);
    params.emplace_back(query.list.offset);
    for (const auto& r : tx.Query(std::string(kUserColumns) + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", params))
      page.items.push_back(FromRow(r, tx.Now()));
    return page;
  });
}

core::Result<User> UserService::Update(const Actor& actor, core::Id id, const UserPatch& patch) {
  if (auto s = actor.Require("user", Action::kUpdate); !s.ok()) return s.error();
  return Evicting(id, db_.Write<User>([&](store::Tx& tx) -> core::Result<User> {
    if (!Visible(tx, actor, id)) return core::Error::NotFound("user");
    const User before = *LoadUser(tx, id);
    if (patch.version != before.version)
      return core::Error::Stale("user", before.version);
    User after = before;
    if (patch.display_name) after.display_name = core::Trim(*patch.display_name);
    if (patch.email) after.email = *patch.email;
    if (patch.phone) after.phone = *patch.phone;
    if (patch.locale) after.locale = *patch.locale;
    if (patch.time_zone) after.time_zone = *patch.time_zone;
    if (patch.role) after.role = *patch.role;
    if (patch.zone_id) after.zone_id = *patch.zone_id;
    if (patch.active) after.active = *patch.active;
    if (id == actor.user_id && after.role != before.role)
      return core::Error::Validation("role", "you cannot change your own role");
    if (id == actor.user_id && !after.active) return core::Error::Validation("active", "you cannot deactivate yourself");
    if (auto s = Validate(tx, after, ""); !s.ok()) return s.error();
    tx.Exec("UPDATE users SET display_name = ?, email = ?, phone = ?, locale = ?, time_zone = ?, role = ?, "
            "zone_id = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            {after.display_name, after.email, after.phone, after.locale, after.time_zone, after.role, after.zone_id,
             after.active ? 1 : 0, tx.Now(), id, before.version});
    if (!after.active || after.role != before.role) RevokeSessions(tx, id);  // rights changed: log in again
    User saved = *LoadUser(tx, id);
    RecordChange(tx, actor, {"user", id, "update", UserToJson(before), UserToJson(saved)});
    return saved;
  }));
}

core::Result<User> UserService::UpdateProfile(const Actor& actor, UserPatch patch) {
  patch.role.reset();
  patch.zone_id.reset();
  patch.active.reset();
  return Evicting(actor.user_id, db_.Write<User>([&](store::Tx& tx) -> core::Result<User> {
    auto before = LoadUser(tx, actor.user_id);
    if (!before) return core::Error::NotFound("user");
    User after = *before;
    if (patch.display_name) after.display_name = core::Trim(*patch.display_name);
    if (patch.email) after.email = *patch.email;
    if (patch.phone) after.phone = *patch.phone;
    if (patch.locale) after.locale = *patch.locale;
    if (patch.time_zone) after.time_zone = *patch.time_zone;
    if (auto s = Validate(tx, after, ""); !s.ok()) return s.error();
    tx.Exec("UPDATE users SET display_name = ?, email = ?, phone = ?, locale = ?, time_zone = ?, "
            "version = version + 1, updated_at = ? WHERE id = ?",
            {after.display_name, after.email, after.phone, after.locale, after.time_zone, tx.Now(), actor.user_id});
    User saved = *LoadUser(tx, actor.user_id);
    RecordChange(tx, actor, {"user", saved.id, "update", UserToJson(*before), UserToJson(saved)});
    return saved;
  }));
}

core::Status UserService::Deactivate(const Actor& actor, core::Id id) {
  if (auto s = actor.Require("user", Action::kDelete); !s.ok()) return s.error();
  if (id == actor.user_id) return core::Error::Validation("id", "you cannot deactivate yourself");
  return Evicting(id, db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (!Visible(tx, actor, id)) return core::Error::NotFound("user");
    const User before = *LoadUser(tx, id);
    tx.Exec("UPDATE users SET active = 0, version = version + 1, updated_at = ? WHERE id = ?", {tx.Now(), id});
    RevokeSessions(tx, id);
    RecordChange(tx, actor, {"user", id, "delete", UserToJson(before), UserToJson(*LoadUser(tx, id))});
    return core::Ok{};
  }));
}

core::Status UserService::SetPassword(const Actor& actor, core::Id id, const std::string& password) {
  if (auto s = actor.Require("user", Action::kUpdate); !s.ok()) return s.error();
  if (auto s = CheckPasswordPolicy(password, "new_password"); !s.ok()) return s.error();
  const std::string hash = HashPassword(password);
  return Evicting(id, db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (!Visible(tx, actor, id)) return core::Error::NotFound("user");
    tx.Exec("UPDATE users SET password_hash = ?, failed_logins = 0, next_login_at = 0, locked_until = 0, "
            "version = version + 1, updated_at = ? WHERE id = ?",
            {hash, tx.Now(), id});
    RevokeSessions(tx, id);
    RecordChange(tx, actor, {"user", id, "password_reset", nullptr, nullptr});
    return core::Ok{};
  }));
}

core::Status UserService::ChangeOwnPassword(const Actor& actor, const std::string& current, const std::string& next) {
  if (auto s = CheckPasswordPolicy(next, "new_password"); !s.ok()) return s.error();
  auto stored = db_.Read<std::string>([&](store::Tx& tx) -> core::Result<std::string> {
    auto row = tx.QueryOne("SELECT password_hash FROM users WHERE id = ?", {actor.user_id});
    if (!row) return core::Error::NotFound("user");
    return row->Str(0);
  });
  if (!stored.ok()) return stored.error();
  if (!VerifyPassword(stored.value(), current))
    return core::Error::Validation("current_password", "is not your current password");
  const std::string hash = HashPassword(next);
  return Evicting(actor.user_id, db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE users SET password_hash = ?, version = version + 1, updated_at = ? WHERE id = ?",
            {hash, tx.Now(), actor.user_id});
    RevokeSessions(tx, actor.user_id);
    RecordChange(tx, actor, {"user", actor.user_id, "password_change", nullptr, nullptr});
    return core::Ok{};
  }));
}

core::Result<core::Id> UserService::FindIdByUsername(const std::string& username) {
  return db_.Read<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
    auto row = tx.QueryOne("SELECT id FROM users WHERE username = ?", {core::ToLower(core::Trim(username))});
    if (!row) return core::Error::NotFound("user " + username);
    return row->Int(0);
  });
}

core::Result<boost::json::value> UserService::Directory(const Actor& actor, const std::string& q, int limit) {
  if (!actor.user_id) return core::Error::Denied("the directory is for people");
  const std::string like = "%" + core::ToLower(q) + "%";
  return db_.Read<boost::json::value>([&](store::Tx& tx) -> core::Result<boost::json::value> {
    boost::json::array items;
    for (const auto& r : tx.Query("SELECT u.id, u.username, u.display_name, u.role, z.name FROM users u LEFT JOIN zones z "
                                  "ON z.id = u.zone_id WHERE u.active = 1 AND (LOWER(u.username) LIKE ? OR "
                                  "LOWER(u.display_name) LIKE ?) ORDER BY u.username LIMIT ?",
                                  {like, like, limit}))
      items.push_back({{"id", core::IdValue(r.Int(0))},
                       {"username", r.Str(1)},
                       {"display_name", r.Str(2)},
                       {"role", r.Str(3)},
                       {"zone_name", r.IsNull(4) ? boost::json::value(nullptr) : boost::json::value(r.Str(4))}});
    return boost::json::value(boost::json::object{{"items", std::move(items)}});
  });
}

}  // namespace salient::auth
