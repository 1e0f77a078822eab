#include "auth/role_catalog.hpp"

#include <boost/json.hpp>

#include "auth/audit.hpp"

namespace salient::auth {

namespace json = boost::json;

namespace {
constexpr core::Millis kRefreshMs = 2000;

core::Result<RoleDefinition> FromRow(const store::Row& r) {
  RoleDefinition role;
  role.name = r.Str("name");
  role.label_zh = r.Str("label_zh");
  role.label_en = r.Str("label_en");
  role.builtin = r.Bool("builtin");
  role.version = static_cast<int>(r.Int("version"));
  boost::system::error_code ec;
  auto grants = json::parse(r.Str("permissions"), ec);
  if (ec) return core::Error{core::ErrorCode::kInternal, "role " + role.name + " has corrupt permissions", {}};
  auto hidden = json::parse(r.Str("hidden_fields"), ec);
  if (ec) return core::Error{core::ErrorCode::kInternal, "role " + role.name + " has corrupt hidden fields", {}};
  if (auto s = ParseGrants(grants, role); !s.ok()) return s.error();
  if (auto s = ParseHiddenFields(hidden, role); !s.ok()) return s.error();
  return role;
}

json::value RoleJson(const RoleDefinition& role) {
  return {{"name", role.name}, {"version", role.version}, {"permissions", GrantsToJson(role)},
          {"hidden_fields", HiddenFieldsToJson(role)}};
}
}  // namespace

core::Status RoleCatalog::Refresh() {
  auto loaded = db_.Read<std::vector<RoleDefinition>>([](store::Tx& tx) -> core::Result<std::vector<RoleDefinition>> {
    std::vector<RoleDefinition> roles;
    for (const auto& r : tx.Query("SELECT name, label_zh, label_en, permissions, hidden_fields, builtin, "
                                  "version FROM roles ORDER BY name"))
      roles.push_back(SALIENT_TRY(FromRow(r)));
    return roles;
  });
  if (!loaded.ok()) return loaded.error();
  roles_.clear();
  for (auto& role : loaded.value()) {
    role.permissions_text = json::serialize(GrantsToJson(role));
    role.hidden_fields_text = json::serialize(HiddenFieldsToJson(role));
    std::string name = role.name;  // C++17 evaluates the right side first: `role` is moved from there
    roles_[name] = std::make_shared<const RoleDefinition>(std::move(role));
  }
  loaded_at_ = db_.clock().NowMillis();
  return core::Ok{};
}

core::Result<std::shared_ptr<const RoleDefinition>> RoleCatalog::Get(std::string_view name) {
  std::unique_lock lock(mutex_);
  if (loaded_at_ < 0 || db_.clock().NowMillis() - loaded_at_ > kRefreshMs) {
    if (auto s = Refresh(); !s.ok()) return s.error();
  }
  auto it = roles_.find(name);
  if (it == roles_.end()) return core::Error::NotFound("role " + std::string(name));
  return it->second;
}

std::optional<std::shared_ptr<const RoleDefinition>> RoleCatalog::TryGetCached(std::string_view name) {
  std::shared_lock lock(mutex_);
  if (loaded_at_ < 0 || db_.clock().NowMillis() - loaded_at_ > kRefreshMs) return std::nullopt;
  auto it = roles_.find(name);
  if (it == roles_.end()) return std::nullopt;
  return it->second;
}

core::Result<std::vector<std::shared_ptr<const RoleDefinition>>> RoleCatalog::List() {
  std::unique_lock lock(mutex_);
  if (auto s = Refresh(); !s.ok()) return s.error();
  std::vector<std::shared_ptr<const RoleDefinition>> out;
  for (auto& [_, role] : roles_) out.push_back(role);
  return out;
}

void RoleCatalog::Invalidate() {
  std::unique_lock lock(mutex_);
  loaded_at_ = -1;
}

core::Result<std::shared_ptr<const RoleDefinition>> RoleCatalog::Update(
    const Actor& actor, std::string_view name, int version, const json::value& permissions,
    const json::value& hidden_fields) {
  if (auto s = actor.Require("role", Action::kUpdate); !s.ok()) return s.error();
  if (name == "admin") return core::Error{core::ErrorCode::kFailedPrecondition, "the admin role cannot be changed", {}};
  RoleDefinition parsed;
  if (auto s = ParseGrants(permissions, parsed); !s.ok()) return s.error();
  if (auto s = ParseHiddenFields(hidden_fields, parsed); !s.ok()) return s.error();
  auto status = db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto row = tx.QueryOne("SELECT name, label_zh, label_en, permissions, hidden_fields, builtin, version "
                           "FROM roles WHERE name = ?", {name});
    if (!row) return core::Error::NotFound("role " + std::string(name));
    RoleDefinition before = SALIENT_TRY(FromRow(*row));
    if (before.version != version)
      return core::Error::Conflict("role was changed by someone else (version " +
                                   std::to_string(before.version) + ")");
    parsed.name = before.name;
    parsed.version = before.version + 1;
    tx.Exec("UPDATE roles SET permissions = ?, hidden_fields = ?, version = ?, updated_at = ? WHERE name = ? "
            "AND version = ?",
            {json::serialize(GrantsToJson(parsed)), json::serialize(HiddenFieldsToJson(parsed)), parsed.version,
             tx.Now(), name, version});
    RecordChange(tx, actor, {"role", std::nullopt, "update", RoleJson(before), RoleJson(parsed)});
    return core::Ok{};
  });
  if (!status.ok()) return status.error();
  Invalidate();
  return Get(name);
}

core::Status RoleCatalog::SeedBuiltins(store::Database& db) {
  return db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
    for (const RoleDefinition& role : DefaultRoles()) {
      if (tx.QueryOne("SELECT name FROM roles WHERE name = ?", {role.name})) continue;
      tx.Exec("INSERT INTO roles (name, label_zh, label_en, permissions, hidden_fields, builtin, version, "
              "updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, ?)",
              {role.name, role.label_zh, role.label_en, json::serialize(GrantsToJson(role)),
               json::serialize(HiddenFieldsToJson(role)), tx.Now()});
    }
    return core::Ok{};
  });
}

}  // namespace salient::auth
