#include "workflow/notification_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "core/json.hpp"
#include "store/outbox.hpp"

namespace salient::workflow {

boost::json::value NotificationToJson(const Notification& n) {
  return {{"id", core::IdValue(n.id)},
          {"user_id", core::IdValue(n.user_id)},
          {"kind", n.kind},
          {"title", n.title},
          {"body", n.body},
          {"link", n.link ? boost::json::value(*n.link) : boost::json::value(nullptr)},
          {"read", n.read},
          {"created_at", core::TimeValue(n.created_at)}};
}

namespace {

// Every kind Salient sends; security notices cannot be turned off.
const std::vector<std::string>& Kinds() {
  static const std::vector<std::string> kinds = {"approval", "task", "message", "forecast_alert", "rule", "org", "account", "security"};
  return kinds;
}
bool Locked(std::string_view kind) { return kind == "security" || kind == "welcome"; }

}  // namespace

Notification Notify(store::Tx& tx, core::Id user_id, std::string kind, std::string title, std::string body,
                    std::optional<std::string> link) {
  if (!Locked(kind) && tx.QueryOne("SELECT 1 FROM notification_mutes WHERE user_id = ? AND kind = ?", {user_id, kind}))
    return Notification{0, user_id, std::move(kind), std::move(title), std::move(body), std::move(link), true, tx.Now()};
  Notification n{tx.NewId(), user_id, std::move(kind), std::move(title), std::move(body), std::move(link), false,
                 tx.Now()};
  tx.Exec("INSERT INTO notifications (id, user_id, kind, title, body, link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {n.id, n.user_id, n.kind, n.title, n.body, n.link, n.created_at});
  store::PublishEvent(tx, "notification.created", "notification", n.id, std::nullopt,
                      boost::json::serialize(NotificationToJson(n)));
  return n;
}

bool PrefersChinese(store::Tx& tx, core::Id user_id) {
  auto row = tx.QueryOne("SELECT locale FROM users WHERE id = ?", {user_id});
  return !row || row->Str(0) != "en-US";
}

Notification NotifyInLocale(store::Tx& tx, core::Id user_id, std::string kind, const Bilingual& title,
                            const Bilingual& body, std::optional<std::string> link) {
  const bool zh = PrefersChinese(tx, user_id);
  return Notify(tx, user_id, std::move(kind), zh ? title.zh : title.en, zh ? body.zh : body.en, std::move(link));
}

core::Result<boost::json::value> NotificationService::Preferences(const auth::Actor& actor) {
  return db_.Read<boost::json::value>([&](store::Tx& tx) -> core::Result<boost::json::value> {
    std::set<std::string> muted;
    for (const auto& r : tx.Query("SELECT kind FROM notification_mutes WHERE user_id = ?", {actor.user_id}))
      muted.insert(r.Str(0));
    boost::json::array items;
    for (const auto& kind : Kinds())
      items.push_back({{"kind", kind}, {"enabled", Locked(kind) || !muted.count(kind)}, {"locked", Locked(kind)}});
    return boost::json::value(boost::json::object{{"items", std::move(items)}});
  });
}

core::Result<boost::json::value> NotificationService::SetPreferences(
    const auth::Actor& actor, const std::vector<std::pair<std::string, bool>>& enabled) {
  for (std::size_t i = 0; i < enabled.size(); ++i) {
    const auto& [kind, on] = enabled[i];
    const std::string field = "items[" + std::to_string(i) + "].kind";
    if (std::find(Kinds().begin(), Kinds().end(), kind) == Kinds().end())
      return core::Error::Validation(field, "unknown kind " + kind);
    if (Locked(kind) && !on) return core::Error::Validation(field, "security notices cannot be turned off");
  }
  auto saved = db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    for (const auto& [kind, on] : enabled) {
      tx.Exec("DELETE FROM notification_mutes WHERE user_id = ? AND kind = ?", {actor.user_id, kind});
      if (!on) tx.Exec("INSERT INTO notification_mutes (user_id, kind) VALUES (?, ?)", {actor.user_id, kind});
    }
    return core::Ok{};
  });
  if (!saved.ok()) return saved.error();
  return Preferences(actor);
}

core::Result<NotificationService::Listing> NotificationService::List(const auth::Actor& actor, bool unread_only,
                                                                      const core::ListParams& list) {
  return db_.Read<Listing>([&](store::Tx& tx) -> core::Result<Listing> {
    Listing out;
    const std::string where = std::string(" WHERE user_id = ?") + (unread_only ? " AND read_at IS NULL" : "");
    out.page.total = tx.QueryOne("SELECT COUNT(*) FROM notifications" + where, {actor.user_id})->Int(0);
    out.unread = tx.QueryOne("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
                             {actor.user_id})->Int(0);
    for (const auto& r : tx.Query("SELECT id, user_id, kind, title, body, link, read_at, created_at FROM notifications" +
                                      where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                                  {actor.user_id, list.limit, list.offset}))
      out.page.items.push_back({r.Int(0), r.Int(1), r.Str(2), r.Str(3), r.Str(4), r.OptStr(5), !r.IsNull(6), r.Int(7)});
    return out;
  });
}

core::Status NotificationService::MarkRead(const auth::Actor& actor, core::Id id) {
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (!tx.QueryOne("SELECT id FROM notifications WHERE id = ? AND user_id = ?", {id, actor.user_id}))
      return core::Error::NotFound("notification");
    tx.Exec("UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL", {tx.Now(), id});
    return core::Ok{};
  });
}

core::Status NotificationService::MarkAllRead(const auth::Actor& actor) {
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL", {tx.Now(), actor.user_id});
    return core::Ok{};
  });
}

}  // namespace salient::workflow
