#include "workflow/event_loop.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "workflow/rule_runner.hpp"
#include "workflow/system_notifications.hpp"
#include "workflow/webhooks.hpp"

namespace salient::workflow {

int EventLoop::RunOnce() {
  int handled = 0;
  for (auto& consumer : consumers_) {
    auto n = consumer.RunOnce();
    if (n.ok()) handled += n.value();
  }
  return handled;
}

void EventLoop::Start(core::Millis poll_ms) {
  if (running_.exchange(true)) return;
  thread_ = std::thread([this, poll_ms] {
    while (running_) {
      try {
        if (RunOnce() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
      } catch (const std::exception& e) {
        spdlog::error("event loop: {}", e.what());
        std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
      }
    }
  });
}

void EventLoop::Stop() {
  running_ = false;
  if (thread_.joinable()) thread_.join();
}

void AddBuiltInConsumers(EventLoop& loop, store::Database& db) {
  loop.Add(store::OutboxConsumer(db, "system_notifications", HandleSystemNotification));
  loop.Add(store::OutboxConsumer(db, "workflow_rules", QueueRuleRuns()));
  loop.Add(store::OutboxConsumer(db, "webhooks", QueueWebhookDeliveries()));
}

}  // namespace salient::workflow
