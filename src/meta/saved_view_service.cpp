#include "meta/saved_view_service.hpp"

#include <boost/json.hpp>

#include "core/json.hpp"
#include "core/text.hpp"

namespace salient::meta {

namespace json = boost::json;

namespace {

bool KnownObject(const std::string& object) {
  for (const char* known : {"customer", "order", "opportunity", "visit", "quote", "product", "user"})
    if (object == known) return true;
  return false;
}

SavedView FromRow(const store::Row& r) {
  SavedView v{r.Int(0), r.Str(1), r.Str(2), nullptr, r.Bool(4), static_cast<int>(r.Int(5))};
  boost::system::error_code ec;
  v.query = json::parse(r.Str(3), ec);
  if (ec) v.query = json::object{};
  return v;
}

std::optional<SavedView> LoadOwn(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  auto r = tx.QueryOne("SELECT id, object, name, query, is_default, version FROM saved_views WHERE id = ? AND user_id = ?",
                       {id, actor.user_id});
  if (!r) return std::nullopt;
  return FromRow(*r);
}

core::Status Validate(const SavedView& v) {
  if (!KnownObject(v.object)) return core::Error::Validation("object", "unknown list " + v.object);
  if (core::Trim(v.name).empty() || core::Utf8Length(v.name) > 64) return core::Error::Validation("name", "must be 1-64 characters");
  if (!v.query.is_object()) return core::Error::Invalid("query", "must be an object");
  if (json::serialize(v.query).size() > 8192) return core::Error::Validation("query", "is too large");
  return core::Ok{};
}

// One default per user and list.
void KeepOneDefault(store::Tx& tx, const auth::Actor& actor, const SavedView& v) {
  if (v.is_default)
    tx.Exec("UPDATE saved_views SET is_default = 0, version = version + 1 WHERE user_id = ? AND object = ? AND id <> ? "
            "AND is_default = 1",
            {actor.user_id, v.object, v.id});
}

}  // namespace

json::value SavedViewToJson(const SavedView& v) {
  return {{"id", core::IdValue(v.id)}, {"object", v.object}, {"name", v.name},
          {"query", v.query},          {"is_default", v.is_default}, {"version", v.version}};
}

core::Result<std::vector<SavedView>> SavedViewService::List(const auth::Actor& actor, const std::string& object) {
  return db_.Read<std::vector<SavedView>>([&](store::Tx& tx) -> core::Result<std::vector<SavedView>> {
    std::vector<SavedView> views;
    for (const auto& r : tx.Query("SELECT id, object, name, query, is_default, version FROM saved_views WHERE user_id = ? "
                                  "AND (? = '' OR object = ?) ORDER BY object, name",
                                  {actor.user_id, object, object}))
      views.push_back(FromRow(r));
    return views;
  });
}

core::Result<SavedView> SavedViewService::Create(const auth::Actor& actor, const SavedViewInput& in) {
  SavedView v;
  v.object = in.object.value_or("");
  v.name = core::Trim(in.name.value_or(""));
  v.query = in.query ? *in.query : json::value(json::object{});
  v.is_default = in.is_default.value_or(false);
  if (auto s = Validate(v); !s.ok()) return s.error();
  return db_.Write<SavedView>([&](store::Tx& tx) -> core::Result<SavedView> {
    if (tx.QueryOne("SELECT id FROM saved_views WHERE user_id = ? AND object = ? AND name = ?", {actor.user_id, v.object, v.name}))
      return core::Error{core::ErrorCode::kConflict, "a view with this name exists", {{"name", "already used"}}};
    v.id = tx.NewId();
    tx.Exec("INSERT INTO saved_views (id, user_id, object, name, query, is_default, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
            {v.id, actor.user_id, v.object, v.name, json::serialize(v.query), v.is_default ? 1 : 0, tx.Now(), tx.Now()});
    KeepOneDefault(tx, actor, v);
    return v;
  });
}

core::Result<SavedView> SavedViewService::Update(const auth::Actor& actor, core::Id id, const SavedViewInput& p) {
  return db_.Write<SavedView>([&](store::Tx& tx) -> core::Result<SavedView> {
    auto v = LoadOwn(tx, actor, id);
    if (!v) return core::Error::NotFound("saved view");
    if (v->version != p.version)
      return core::Error{core::ErrorCode::kConflict, "view was changed elsewhere", {{"version", "is " + std::to_string(v->version) + " now"}}};
    if (p.name) v->name = core::Trim(*p.name);
    if (p.query) v->query = *p.query;
    if (p.is_default) v->is_default = *p.is_default;
    if (auto s = Validate(*v); !s.ok()) return s.error();
    tx.Exec("UPDATE saved_views SET name = ?, query = ?, is_default = ?, version = version + 1, updated_at = ? WHERE id = ?",
            {v->name, json::serialize(v->query), v->is_default ? 1 : 0, tx.Now(), id});
    ++v->version;
    KeepOneDefault(tx, actor, *v);
    return *v;
  });
}

core::Status SavedViewService::Delete(const auth::Actor& actor, core::Id id) {
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (tx.Exec("DELETE FROM saved_views WHERE id = ? AND user_id = ?", {id, actor.user_id}) == 0)
      return core::Error::NotFound("saved view");
    return core::Ok{};
  });
}

}  // namespace salient::meta
