#include "auth/session_cache.hpp"

#include <algorithm>

namespace salient::auth {

std::optional<Actor> SessionCache::Find(const std::string& token_hash, core::Millis now) {
  {
    std::shared_lock lock(mutex_);
    auto it = entries_.find(token_hash);
    if (it == entries_.end()) return std::nullopt;
    if (it->second.valid_until > now) return it->second.actor;
  }
  std::unique_lock lock(mutex_);  // expired: forget it
  auto it = entries_.find(token_hash);
  if (it != entries_.end() && it->second.valid_until <= now) entries_.erase(it);
  return std::nullopt;
}

void SessionCache::Put(const std::string& token_hash, const Actor& actor, core::Millis now,
                       core::Millis session_expires_at) {
  std::unique_lock lock(mutex_);
  if (entries_.size() > 100000) entries_.clear();  // bounded: a flood of tokens cannot grow it forever
  entries_[token_hash] = {actor, std::min(now + ttl_ms_, session_expires_at)};
}

void SessionCache::EvictUser(core::Id user_id) {
  std::unique_lock lock(mutex_);
  std::erase_if(entries_, [&](const auto& e) { return e.second.actor.user_id == user_id; });
}

void SessionCache::EvictSession(core::Id session_id) {
  std::unique_lock lock(mutex_);
  std::erase_if(entries_, [&](const auto& e) { return e.second.actor.session_id == session_id; });
}

}  // namespace salient::auth
