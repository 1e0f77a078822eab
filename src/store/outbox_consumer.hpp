#pragma once
// A durable consumer of the outbox. Each event is handled in its own transaction that
// also records (consumer, event id) as processed, so its effects happen once even with
// several nodes or a crash mid-way; a failing handler is retried on the next round.
// Events are read from a look-back window behind the newest position, because ids are
// allocated before commit and a slower transaction can land behind a faster one.
#include <functional>
#include <string>

#include "core/result.hpp"
#include "store/database.hpp"
#include "store/outbox.hpp"

namespace salient::store {

class OutboxConsumer {
 public:
  using Handler = std::function<core::Status(Tx&, const Event&)>;

  OutboxConsumer(Database& db, std::string name, Handler handler, core::Millis look_back_ms = 30000)
      : db_(db), name_(std::move(name)), handler_(std::move(handler)), look_back_ms_(look_back_ms) {}

  // Handles the unprocessed events in the window; returns how many were handled.
  core::Result<int> RunOnce(int batch = 500);

 private:
  Database& db_;
  std::string name_;
  Handler handler_;
  core::Millis look_back_ms_;
};

}  // namespace salient::store
