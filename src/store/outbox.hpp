#pragma once
// The outbox: every state change writes its domain event in the same transaction.
// Consumers (WebSocket fan-out, workflow rules, webhooks) read it at least once.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id.hpp"
#include "store/database.hpp"

namespace salient::store {

struct Event {
  core::Id id = 0;
  std::string topic;  // e.g. "user.created", "notification.created"
  std::string object;
  std::optional<core::Id> object_id;
  std::optional<core::Id> actor_id;
  std::string payload;  // JSON
  core::Millis created_at = 0;
};

core::Id PublishEvent(Tx& tx, std::string_view topic, std::string_view object,
                      std::optional<core::Id> object_id, std::optional<core::Id> actor_id,
                      std::string payload_json);

// Events with id > after_id, oldest first.
std::vector<Event> ReadEventsAfter(Tx& tx, core::Id after_id, int limit);

}  // namespace salient::store
