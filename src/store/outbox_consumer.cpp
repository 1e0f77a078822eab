#include "store/outbox_consumer.hpp"

#include <spdlog/spdlog.h>

namespace salient::store {

core::Result<int> OutboxConsumer::RunOnce(int batch) {
  // The position is only a hint of where to start reading; `outbox_processed` is the truth.
  auto pending = db_.Read<std::vector<Event>>([&](Tx& tx) -> core::Result<std::vector<Event>> {
    auto position = tx.QueryOne("SELECT last_id FROM outbox_consumers WHERE name = ?", {name_});
    const core::Id from = position ? std::max<core::Id>(0, std::min(position->Int(0), core::MinIdAt(tx.Now() - look_back_ms_)))
                                   : core::MinIdAt(tx.Now() - look_back_ms_);
    std::vector<Event> events;
    for (const Row& r : tx.Query(
             "SELECT o.id, o.topic, o.object, o.object_id, o.actor_id, o.payload, o.created_at FROM outbox o "
             "WHERE o.id > ? AND NOT EXISTS (SELECT 1 FROM outbox_processed p WHERE p.consumer = ? AND p.event_id = o.id) "
             "ORDER BY o.id LIMIT ?",
             {from, name_, batch}))
      events.push_back({r.Int(0), r.Str(1), r.Str(2), r.OptInt(3), r.OptInt(4), r.Str(5), r.Int(6)});
    return events;
  });
  if (!pending.ok()) return pending.error();
  int handled = 0;
  for (const Event& event : pending.value()) {
    auto status = db_.Transact(TxMode::kWrite, [&](Tx& tx) -> core::Status {
      // Claim first: a second node racing on the same event fails here and rolls back.
      tx.Exec("INSERT INTO outbox_processed (consumer, event_id, processed_at) VALUES (?, ?, ?)",
              {name_, event.id, tx.Now()});
      if (auto s = handler_(tx, event); !s.ok()) return s;
      if (tx.Exec("UPDATE outbox_consumers SET last_id = ? WHERE name = ? AND last_id < ?", {event.id, name_, event.id}) == 0 &&
          !tx.QueryOne("SELECT name FROM outbox_consumers WHERE name = ?", {name_}))
        tx.Exec("INSERT INTO outbox_consumers (name, last_id) VALUES (?, ?)", {name_, event.id});
      return core::Ok{};
    });
    if (status.ok()) {
      ++handled;
    } else if (status.error().code != core::ErrorCode::kConflict) {
      spdlog::warn("consumer {} failed on event {} ({}): {}; will retry", name_, event.id, event.topic,
                   status.error().message);
      break;  // keep order: retry this event next round before moving on
    }
  }
  return handled;
}

}  // namespace salient::store
