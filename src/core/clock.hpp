#pragma once
// Time is injected so tests never sleep: services take a Clock&.
#include <atomic>
#include <chrono>
#include <cstdint>

namespace salient::core {

// Milliseconds since the Unix epoch, the one time unit stored in the database.
using Millis = std::int64_t;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Millis NowMillis() const = 0;
};

class SystemClock final : public Clock {
 public:
  Millis NowMillis() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

// Test clock: starts where you say and moves only when told to.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Millis start) : now_(start) {}
  Millis NowMillis() const override { return now_.load(); }
  void Advance(Millis delta) { now_ += delta; }

 private:
  std::atomic<Millis> now_;
};

}  // namespace salient::core
