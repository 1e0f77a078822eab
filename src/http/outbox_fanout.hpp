#pragma once
// Tails the outbox and pushes what browsers should see over the WebSocket hub:
// `notification.created` goes to the notified user, `record_changed` to the pages
// watching the record. Each node tails on its own (its
// hub holds only its own connections), looking back a few seconds because ids are
// allocated before commit and a slower transaction may land behind a faster one.
#include <atomic>
#include <set>
#include <thread>

#include "http/ws_hub.hpp"
#include "store/outbox.hpp"
#include "store/database.hpp"

namespace salient::http {

class OutboxFanout {
 public:
  OutboxFanout(store::Database& db, WsHub& hub) : db_(db), hub_(hub) {}
  ~OutboxFanout() { Stop(); }
  void Start(core::Millis poll_ms = 200);
  void Stop();
  // One polling round (exposed for tests).
  void Poll();

 private:
  void CloseRevoked(const store::Event& event);
  void PushRecordChange(const store::Event& event);
  store::Database& db_;
  WsHub& hub_;
  core::Id cursor_ = 0;
  std::set<core::Id> delivered_;  // ids inside the look-back window already sent
  std::atomic<bool> running_{false};
  std::thread thread_;
};

}  // namespace salient::http
