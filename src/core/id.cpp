#include "core/id.hpp"

#include <charconv>
#include <algorithm>

namespace salient::core {

namespace {
constexpr std::int64_t kEpochMs = 1704067200000;  // 2024-01-01T00:00:00Z
constexpr int kNodeBits = 10;
constexpr int kSequenceBits = 12;
constexpr std::int64_t kMaxSequence = (1 << kSequenceBits) - 1;
}  // namespace

IdGenerator::IdGenerator(const Clock& clock, int node)
    : clock_(clock), node_(node & ((1 << kNodeBits) - 1)) {}

Id IdGenerator::Next() {
  std::lock_guard lock(mutex_);
  std::int64_t now = clock_.NowMillis() - kEpochMs;
  // A clock stepping backwards must not produce duplicates: keep using the last ms.
  if (now <= last_ms_) {
    now = last_ms_;
    if (++sequence_ > kMaxSequence) {
      ++now;  // borrow from the future; ids stay unique and ordered
      sequence_ = 0;
    }
  } else {
    sequence_ = 0;
  }
  last_ms_ = now;
  return (now << (kNodeBits + kSequenceBits)) | (node_ << kSequenceBits) | sequence_;
}

std::optional<Id> ParseId(std::string_view text) {
  if (text.empty() || text.size() > 19) return std::nullopt;
  Id value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

}  // namespace salient::core

namespace salient::core {
Id MinIdAt(Millis millis) {
  const std::int64_t since_epoch = std::max<std::int64_t>(0, millis - kEpochMs);
  return since_epoch << (kNodeBits + kSequenceBits);
}
}  // namespace salient::core
