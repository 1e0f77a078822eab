#pragma once
// Live WebSocket connections by user, and the records each one watches. Anything may call Send*: delivery is posted to
// each connection's own executor, so this never blocks on a slow browser. Thread-safe.
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "core/id.hpp"

namespace salient::http {

class WsClient {
 public:
  virtual ~WsClient() = default;
  virtual core::Id user_id() const = 0;
  virtual core::Id session_id() const = 0;
  virtual void Send(std::string text) = 0;  // queued; never blocks
  virtual void Close() = 0;
};

class WsHub {
 public:
  void Add(const std::shared_ptr<WsClient>& client);
  void Remove(const WsClient* client);
  void SendToUser(core::Id user_id, const std::string& text);
  // Record pages watch their record ("quote:123") to refresh when someone changes it.
  // A watch reveals only that the record changed; the page refetches through the scoped
  // API, which answers 404 for records the user may not see.
  void Watch(const WsClient* client, const std::string& key);
  void Unwatch(const WsClient* client, const std::string& key);
  void SendToWatchers(const std::string& key, const std::string& text);
  void Broadcast(const std::string& text);
  void CloseAll();
  // Revoked rights close the sockets that still carry them.
  void CloseUser(core::Id user_id);
  void CloseSession(core::Id session_id);
  int Count() const;

 private:
  mutable std::mutex mutex_;
  std::multimap<core::Id, std::weak_ptr<WsClient>> clients_;
  std::map<const WsClient*, std::set<std::string>> watches_;
};

}  // namespace salient::http
