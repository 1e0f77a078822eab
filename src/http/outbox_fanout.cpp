#include "http/outbox_fanout.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "store/outbox.hpp"

namespace salient::http {

namespace {
constexpr core::Millis kLookBackMs = 5000;
}

// Sessions revoked by logout, a password change, deactivation or a role change must
// not keep receiving pushes on sockets opened before.
void OutboxFanout::CloseRevoked(const store::Event& e) {
  if (!e.object_id) return;
  boost::system::error_code ec;
  auto payload = boost::json::parse(e.payload, ec);
  if (ec || !payload.is_object()) return;
  const auto& o = payload.as_object();
  auto field = [](const boost::json::value* v, const char* key) -> std::string {
    if (v == nullptr || !v->is_object()) return {};
    const auto* f = v->as_object().if_contains(key);
    return f ? boost::json::serialize(*f) : std::string();
  };
  if (e.topic == "user.logout") {
    const auto* after = o.if_contains("after");
    const auto* session = after && after->is_object() ? after->as_object().if_contains("session_id") : nullptr;
    if (session && session->is_string())
      if (auto id = core::ParseId(session->as_string())) hub_.CloseSession(*id);
    return;
  }
  if (e.topic == "user.update") {
    const auto* before = o.if_contains("before");
    const auto* after = o.if_contains("after");
    if (field(before, "role") == field(after, "role") && field(before, "active") == field(after, "active")) return;
  }
  hub_.CloseUser(*e.object_id);
}

// Pages watching the changed record refetch it. An approval, and a message on a record's
// thread, also concern that record (the quote page shows its approval steps and thread,
// which may not exist yet when the page opens).
void OutboxFanout::PushRecordChange(const store::Event& e) {
  auto push = [&](const std::string& object, const std::string& id) {
    hub_.SendToWatchers(object + ":" + id,
                        boost::json::serialize(boost::json::object{
                            {"type", "record_changed"}, {"object", object}, {"id", id}, {"topic", e.topic}}));
  };
  push(e.object, core::IdToString(*e.object_id));
  if (e.object != "approval" && e.object != "thread") return;
  boost::system::error_code ec;
  auto payload = boost::json::parse(e.payload, ec);
  if (ec || !payload.is_object()) return;
  for (const char* side : {"after", "before", ""}) {
    const auto* summary = *side ? payload.as_object().if_contains(side) : &payload;
    const auto* object = summary && summary->is_object() ? summary->as_object().if_contains("object") : nullptr;
    const auto* id = summary && summary->is_object() ? summary->as_object().if_contains("object_id") : nullptr;
    if (object && object->is_string() && id && id->is_string()) {
      push(std::string(object->get_string()), std::string(id->get_string()));
      return;
    }
  }
}

void OutboxFanout::Poll() {
  const core::Millis now = db_.clock().NowMillis();
  if (cursor_ == 0) cursor_ = core::MinIdAt(now);  // start with what happens from now on
  const core::Id window_start = std::min(cursor_, core::MinIdAt(now - kLookBackMs));
  auto events = db_.Read<std::vector<store::Event>>([&](store::Tx& tx) -> core::Result<std::vector<store::Event>> {
    return store::ReadEventsAfter(tx, window_start, 1000);
  });
  if (!events.ok()) return;
  for (const store::Event& e : events.value()) {
    cursor_ = std::max(cursor_, e.id);
    if (!delivered_.insert(e.id).second) continue;
    if (e.topic == "user.logout" || e.topic == "user.password_change" || e.topic == "user.password_reset" ||
        e.topic == "user.delete" || e.topic == "user.update") {
      CloseRevoked(e);
      continue;
    }
    if (e.object_id && e.topic != "notification.created") PushRecordChange(e);
    if (e.topic == "notification.created") {
      boost::system::error_code ec;
      auto payload = boost::json::parse(e.payload, ec);
      if (ec || !payload.is_object()) continue;
      const auto* user = payload.as_object().if_contains("user_id");
      if (user == nullptr || !user->is_string()) continue;
      auto user_id = core::ParseId(user->get_string());
      if (!user_id) continue;
      hub_.SendToUser(*user_id, boost::json::serialize(
                                    boost::json::object{{"type", "notification"}, {"notification", payload}}));
    }
  }
  // Forget ids that fell out of the window.
  delivered_.erase(delivered_.begin(), delivered_.lower_bound(window_start));
}

void OutboxFanout::Start(core::Millis poll_ms) {
  if (running_.exchange(true)) return;
  thread_ = std::thread([this, poll_ms] {
    while (running_) {
      try {
        Poll();
      } catch (const std::exception& e) {
        spdlog::warn("outbox fan-out: {}", e.what());
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
    }
  });
}

void OutboxFanout::Stop() {
  running_ = false;
  if (thread_.joinable()) thread_.join();
}

}  // namespace salient::http
