#pragma once
// The audit log and the outbox, written together: every state change calls
// RecordChange inside its transaction, so the change, its audit record and its
// domain event commit or vanish as one.
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "auth/actor.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::auth {

struct Change {
  std::string object;    // "user"
  std::optional<core::Id> object_id;
  std::string action;    // "create", "update", "delete", "login", ...
  boost::json::value before;  // null for creates
  boost::json::value after;   // null for deletes
};

// Writes the audit record and publishes "<object>.<action>d"-style topic `topic`
// (defaults to object + "." + action) to the outbox.
void RecordChange(store::Tx& tx, const Actor& actor, const Change& change,
                  std::optional<std::string> topic = std::nullopt);

struct AuditEntry {
  core::Id id = 0;
  core::Millis at = 0;
  std::optional<core::Id> actor_id;
  std::string actor_name;
  std::string action;
  std::string object;
  std::optional<core::Id> object_id;
  std::string before_json;
  std::string after_json;
  std::string request_id;
};

struct AuditQuery {
  core::ListParams list;
  std::string object;
  std::optional<core::Id> object_id;
  std::optional<core::Id> actor_id;
};

core::Result<core::Page<AuditEntry>> ListAudit(store::Database& db, const Actor& actor,
                                               const AuditQuery& query);

}  // namespace salient::auth
