#include "http/ws_hub.hpp"

#include <vector>

namespace salient::http {

void WsHub::Add(const std::shared_ptr<WsClient>& client) {
  std::lock_guard lock(mutex_);
  clients_.emplace(client->user_id(), client);
}

void WsHub::Remove(const WsClient* client) {
  std::lock_guard lock(mutex_);
  watches_.erase(client);
  for (auto it = clients_.begin(); it != clients_.end();) {
    auto locked = it->second.lock();
    it = (!locked || locked.get() == client) ? clients_.erase(it) : std::next(it);
  }
}

void WsHub::SendToUser(core::Id user_id, const std::string& text) {
  std::vector<std::shared_ptr<WsClient>> targets;
  {
    std::lock_guard lock(mutex_);
    auto [begin, end] = clients_.equal_range(user_id);
    for (auto it = begin; it != end; ++it)
      if (auto c = it->second.lock()) targets.push_back(std::move(c));
  }
  for (auto& c : targets) c->Send(text);
}

void WsHub::Watch(const WsClient* client, const std::string& key) {
  std::lock_guard lock(mutex_);
  auto& keys = watches_[client];
  if (keys.size() < 50) keys.insert(key);  // a page watches one or two records
}

void WsHub::Unwatch(const WsClient* client, const std::string& key) {
  std::lock_guard lock(mutex_);
  if (auto it = watches_.find(client); it != watches_.end()) it->second.erase(key);
}

void WsHub::SendToWatchers(const std::string& key, const std::string& text) {
  std::vector<std::shared_ptr<WsClient>> targets;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, weak] : clients_) {
      auto c = weak.lock();
      if (!c) continue;
      auto it = watches_.find(c.get());
      if (it != watches_.end() && it->second.count(key)) targets.push_back(std::move(c));
    }
  }
  for (auto& c : targets) c->Send(text);
}

void WsHub::Broadcast(const std::string& text) {
  std::vector<std::shared_ptr<WsClient>> targets;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, weak] : clients_)
      if (auto c = weak.lock()) targets.push_back(std::move(c));
  }
  for (auto& c : targets) c->Send(text);
}

void WsHub::CloseAll() {
  std::vector<std::shared_ptr<WsClient>> targets;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, weak] : clients_)
      if (auto c = weak.lock()) targets.push_back(std::move(c));
  }
  for (auto& c : targets) c->Close();
}

void WsHub::CloseUser(core::Id user_id) {
  std::vector<std::shared_ptr<WsClient>> targets;
  {
    std::lock_guard lock(mutex_);
    auto [begin, end] = clients_.equal_range(user_id);
    for (auto it = begin; it != end; ++it)
      if (auto c = it->second.lock()) targets.push_back(std::move(c));
  }
  for (auto& c : targets) c->Close();
}

void WsHub::CloseSession(core::Id session_id) {
  std::vector<std::shared_ptr<WsClient>> targets;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, weak] : clients_)
      if (auto c = weak.lock(); c && c->session_id() == session_id) targets.push_back(std::move(c));
  }
  for (auto& c : targets) c->Close();
}

int WsHub::Count() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(clients_.size());
}

}  // namespace salient::http
