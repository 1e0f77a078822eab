#include "auth/audit.hpp"

#include <boost/json/serialize.hpp>

#include "store/outbox.hpp"

namespace salient::auth {

namespace json = boost::json;

void RecordChange(store::Tx& tx, const Actor& actor, const Change& change, std::optional<std::string> topic) {
  const std::optional<core::Id> actor_id = actor.acting_user();
  auto text = [](const json::value& v) -> store::Value {
    if (v.is_null()) return store::Null{};
    return json::serialize(v);
  };
  tx.Exec(
      "INSERT INTO audit_log (id, at, actor_id, action, object, object_id, before_json, after_json, "
      "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {tx.NewId(), tx.Now(), actor_id, change.action, change.object, change.object_id,
       text(change.before), text(change.after), actor.request_id});
  json::object payload;
  payload["before"] = change.before;
  payload["after"] = change.after;
  store::PublishEvent(tx, topic ? *topic : change.object + "." + change.action, change.object,
                      change.object_id, actor_id, json::serialize(payload));
}

core::Result<core::Page<AuditEntry>> ListAudit(store::Database& db, const Actor& actor,
                                               const AuditQuery& query) {
  if (auto s = actor.Require("audit_log", Action::kRead); !s.ok()) return s.error();
  return db.Read<core::Page<AuditEntry>>([&](store::Tx& tx) -> core::Result<core::Page<AuditEntry>> {
    std::string where = " WHERE 1 = 1";
    std::vector<store::Value> params;
    if (!query.object.empty()) where += " AND a.object = ?", params.emplace_back(query.object);
    if (query.object_id) where += " AND a.object_id = ?", params.emplace_back(*query.object_id);
    if (query.actor_id) where += " AND a.actor_id = ?", params.emplace_back(*query.actor_id);
    core::Page<AuditEntry> page;
    page.total = tx.QueryOne("SELECT COUNT(*) FROM audit_log a" + where, params)->Int(0);
    params.emplace_back(query.list.limit);
    params.emplace_back(query.list.offset);
    for (const store::Row& r : tx.Query(
             "SELECT a.id, a.at, a.actor_id, u.display_name, a.action, a.object, a.object_id, "
             "a.before_json, a.after_json, a.request_id FROM audit_log a "
             "LEFT JOIN users u ON u.id = a.actor_id" +
                 where + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
             params)) {
      page.items.push_back({r.Int(0), r.Int(1), r.OptInt(2), r.IsNull(3) ? "system" : r.Str(3), r.Str(4),
                            r.Str(5), r.OptInt(6), r.Str(7), r.Str(8), r.Str(9)});
    }
    return page;
  });
}

}  // namespace salient::auth
