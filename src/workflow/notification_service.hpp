#pragma once
// In-app notifications: written in the caller's transaction together with a
// `notification.created` event, which the WebSocket hub pushes to the user's browsers.
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::workflow {

struct Notification {
  core::Id id = 0;
  core::Id user_id = 0;
  std::string kind;
  std::string title;
  std::string body;
  std::optional<std::string> link;
  bool read = false;
  core::Millis created_at = 0;
};

boost::json::value NotificationToJson(const Notification& n);

// Inside an open transaction: stores the notification and publishes its event, unless the
// user turned this kind off (then nothing is stored and the id is 0).
Notification Notify(store::Tx& tx, core::Id user_id, std::string kind, std::string title, std::string body,
                    std::optional<std::string> link = std::nullopt);

// Whether the user reads Chinese (every locale but en-US).
bool PrefersChinese(store::Tx& tx, core::Id user_id);

struct Bilingual {
  std::string zh;
  std::string en;
};
// Notify in the recipient's language.
Notification NotifyInLocale(store::Tx& tx, core::Id user_id, std::string kind, const Bilingual& title,
                            const Bilingual& body, std::optional<std::string> link = std::nullopt);

class NotificationService {
 public:
  explicit NotificationService(store::Database& db) : db_(db) {}

  struct Listing {
    core::Page<Notification> page;
    std::int64_t unread = 0;
  };
  // The actor's own notifications, newest first.
  core::Result<Listing> List(const auth::Actor& actor, bool unread_only, const core::ListParams& list);
  // kNotFound for someone else's notification.
  core::Status MarkRead(const auth::Actor& actor, core::Id id);
  core::Status MarkAllRead(const auth::Actor& actor);
  // {items: [{kind, enabled, locked}]} for every kind Salient sends.
  core::Result<boost::json::value> Preferences(const auth::Actor& actor);
  // kValidation naming items[i].kind for an unknown kind or a locked one turned off.
  core::Result<boost::json::value> SetPreferences(const auth::Actor& actor,
                                                  const std::vector<std::pair<std::string, bool>>& enabled);

 private:
  store::Database& db_;
};

}  // namespace salient::workflow
