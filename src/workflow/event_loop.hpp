#pragma once
// Runs the durable outbox consumers of this node every `poll_ms` on one thread.
// Consumers are idempotent and coordinate through the database, so every node may run
// the same set.
#include <atomic>
#include <thread>
#include <vector>

#include "store/outbox_consumer.hpp"

namespace salient::workflow {

class EventLoop {
 public:
  void Add(store::OutboxConsumer consumer) { consumers_.push_back(std::move(consumer)); }
  // Runs every consumer once (tests call this directly).
  int RunOnce();
  void Start(core::Millis poll_ms = 100);
  void Stop();
  ~EventLoop() { Stop(); }

 private:
  std::vector<store::OutboxConsumer> consumers_;
  std::atomic<bool> running_{false};
  std::thread thread_;
};

// The consumers Salient ships with.
void AddBuiltInConsumers(EventLoop& loop, store::Database& db);

}  // namespace salient::workflow
