#include "org/zone_service.hpp"

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "core/text.hpp"

namespace salient::org {

namespace {

const char* kZoneSelect =
    "SELECT z.id, z.parent_id, z.kind, z.name, z.code, z.manager_id, m.display_name, "
    "(SELECT COUNT(*) FROM users u WHERE u.zone_id = z.id AND u.active = 1), z.version "
    "FROM zones z LEFT JOIN users m ON m.id = z.manager_id";

Zone FromRow(const store::Row& r) {
  return {r.Int(0), r.OptInt(1), r.Str(2), r.Str(3), r.Str(4), r.OptInt(5), r.Str(6), static_cast<int>(r.Int(7)),
          static_cast<int>(r.Int(8))};
}

std::optional<Zone> Load(store::Tx& tx, core::Id id) {
  auto r = tx.QueryOne(std::string(kZoneSelect) + " WHERE z.id = ?", {id});
  if (!r) return std::nullopt;
  return FromRow(*r);
}

int Depth(std::string_view kind) { return kind == "company" ? 0 : kind == "region" ? 1 : 2; }

// Checks the node's fields against the tree; `self` is empty for a new node.
core::Status Validate(store::Tx& tx, const Zone& z, std::optional<core::Id> self) {
  if (z.kind != "company" && z.kind != "region" && z.kind != "zone")
    return core::Error::Validation("kind", "must be company, region or zone");
  if (core::Trim(z.name).empty()) return core::Error::Validation("name", "must not be empty");
  if (core::Utf8Length(z.name) > 64) return core::Error::Validation("name", "must be at most 64 characters");
  if (core::Trim(z.code).empty() || z.code.size() > 32) return core::Error::Validation("code", "must be 1-32 characters");
  if (auto other = tx.QueryOne("SELECT id FROM zones WHERE code = ?", {z.code}); other && (!self || other->Int(0) != *self))
    return core::Error{core::ErrorCode::kConflict, "zone code already used", {{"code", "already used"}}};
  if (z.kind == "company" && z.parent_id) return core::Error::Validation("parent_id", "a company has no parent");
  if (z.kind != "company") {
    if (!z.parent_id) return core::Error::Validation("parent_id", "is required for a " + z.kind);
    auto parent = tx.QueryOne("SELECT kind FROM zones WHERE id = ?", {*z.parent_id});
    if (!parent) return core::Error::Validation("parent_id", "unknown zone");
    if (Depth(parent->Str(0)) >= Depth(z.kind))
      return core::Error::Validation("parent_id", "a " + z.kind + " cannot sit under a " + parent->Str(0));
    // Walk up from the new parent: meeting ourselves would make a cycle.
    for (std::optional<core::Id> at = z.parent_id; at && self;) {
      if (*at == *self) return core::Error::Validation("parent_id", "a zone cannot move under itself");
      at = tx.QueryOne("SELECT parent_id FROM zones WHERE id = ?", {*at})->OptInt(0);
    }
  }
  if (z.manager_id && !tx.QueryOne("SELECT id FROM users WHERE id = ?", {*z.manager_id}))
    return core::Error::Validation("manager_id", "unknown user");
  return core::Ok{};
}

}  // namespace

boost::json::value ZoneToJson(const Zone& z) {
  return {{"id", core::IdValue(z.id)},
          {"parent_id", core::OptionalIdValue(z.parent_id)},
          {"kind", z.kind},
          {"name", z.name},
          {"code", z.code},
          {"manager_id", core::OptionalIdValue(z.manager_id)},
          {"manager_name", z.manager_id ? boost::json::value(z.manager_name) : boost::json::value(nullptr)},
          {"member_count", z.member_count},
          {"version", z.version}};
}

core::Result<std::vector<Zone>> ZoneService::List(const auth::Actor& actor) {
  if (auto s = actor.Require("zone", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<std::vector<Zone>>([&](store::Tx& tx) -> core::Result<std::vector<Zone>> {
    std::vector<Zone> zones;
    for (const auto& r : tx.Query(std::string(kZoneSelect) + " ORDER BY z.kind = 'zone', z.name")) zones.push_back(FromRow(r));
    return zones;
  });
}

core::Result<Zone> ZoneService::Create(const auth::Actor& actor, const NewZone& input) {
  if (auto s = actor.Require("zone", auth::Action::kCreate); !s.ok()) return s.error();
  return db_.Write<Zone>([&](store::Tx& tx) -> core::Result<Zone> {
    Zone z{0, input.parent_id, input.kind, core::Trim(input.name), core::Trim(input.code), input.manager_id, "", 0, 1};
    if (auto s = Validate(tx, z, std::nullopt); !s.ok()) return s.error();
    z.id = tx.NewId();
    tx.Exec("INSERT INTO zones (id, parent_id, kind, name, code, manager_id, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
            {z.id, z.parent_id, z.kind, z.name, z.code, z.manager_id, tx.Now(), tx.Now()});
    Zone saved = *Load(tx, z.id);
    auth::RecordChange(tx, actor, {"zone", z.id, "create", nullptr, ZoneToJson(saved)});
    return saved;
  });
}

core::Result<Zone> ZoneService::Update(const auth::Actor& actor, core::Id id, const ZonePatch& patch) {
  if (auto s = actor.Require("zone", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Zone>([&](store::Tx& tx) -> core::Result<Zone> {
    auto before = Load(tx, id);
    if (!before) return core::Error::NotFound("zone");
    if (before->version != patch.version)
      return core::Error::Stale("zone", before->version);
    Zone after = *before;
    if (patch.name) after.name = core::Trim(*patch.name);
    if (patch.code) after.code = core::Trim(*patch.code);
    if (patch.manager_id) after.manager_id = *patch.manager_id;
    if (patch.parent_id) after.parent_id = *patch.parent_id;
    if (auto s = Validate(tx, after, id); !s.ok()) return s.error();
    tx.Exec("UPDATE zones SET name = ?, code = ?, manager_id = ?, parent_id = ?, version = version + 1, "
            "updated_at = ? WHERE id = ? AND version = ?",
            {after.name, after.code, after.manager_id, after.parent_id, tx.Now(), id, before->version});
    Zone saved = *Load(tx, id);
    auth::RecordChange(tx, actor, {"zone", id, "update", ZoneToJson(*before), ZoneToJson(saved)});
    return saved;
  });
}

core::Status ZoneService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("zone", auth::Action::kDelete); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = Load(tx, id);
    if (!before) return core::Error::NotFound("zone");
    if (tx.QueryOne("SELECT id FROM zones WHERE parent_id = ? LIMIT 1", {id}))
      return core::Error::Conflict("zone has child zones; move or delete them first");
    if (tx.QueryOne("SELECT id FROM users WHERE zone_id = ? LIMIT 1", {id}))
      return core::Error::Conflict("zone has members; move them first");
    tx.Exec("DELETE FROM zones WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"zone", id, "delete", ZoneToJson(*before), nullptr});
    return core::Ok{};
  });
}

core::Result<core::Id> ZoneService::FindByCodeOrName(const std::string& code_or_name) {
  return db_.Read<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
    auto r = tx.QueryOne("SELECT id FROM zones WHERE LOWER(code) = ? OR LOWER(name) = ? ORDER BY kind DESC LIMIT 1",
                         {core::ToLower(code_or_name), core::ToLower(code_or_name)});
    if (!r) return core::Error::NotFound("zone " + code_or_name);
    return r->Int(0);
  });
}

}  // namespace salient::org
