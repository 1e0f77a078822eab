#include "store/outbox.hpp"

namespace salient::store {

core::Id PublishEvent(Tx& tx, std::string_view topic, std::string_view object,
                      std::optional<core::Id> object_id, std::optional<core::Id> actor_id,
                      std::string payload_json) {
  const core::Id id = tx.NewId();
  tx.Exec(
      "INSERT INTO outbox (id, topic, object, object_id, actor_id, payload, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {id, topic, object, object_id, actor_id, std::move(payload_json), tx.Now()});
  return id;
}

std::vector<Event> ReadEventsAfter(Tx& tx, core::Id after_id, int limit) {
  std::vector<Event> events;
  for (const Row& r : tx.Query(
           "SELECT id, topic, object, object_id, actor_id, payload, created_at FROM outbox "
           "WHERE id > ? ORDER BY id LIMIT ?",
           {after_id, limit})) {
    events.push_back({r.Int(0), r.Str(1), r.Str(2), r.OptInt(3), r.OptInt(4), r.Str(5), r.Int(6)});
  }
  return events;
}

}  // namespace salient::store
