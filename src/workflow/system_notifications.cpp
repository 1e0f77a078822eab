#include "workflow/system_notifications.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>

#include "workflow/notification_service.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

std::string Text(const json::value& v, const char* key) {
  if (!v.is_object()) return {};
  const auto* f = v.as_object().if_contains(key);
  return f && f->is_string() ? std::string(f->get_string()) : std::string();
}

// A band alert goes to the sales directors and to the manager of the alert's zone.
void NotifyForecastAlert(store::Tx& tx, core::Id alert_id, const json::value& after) {
  std::vector<core::Id> recipients;
  for (const auto& r : tx.Query("SELECT id FROM users WHERE role = 'sales_director' AND active = 1")) {
    recipients.push_back(r.Int(0));
  }
  if (const auto zone = core::ParseId(Text(after, "zone_id"))) {
    auto manager = tx.QueryOne("SELECT manager_id FROM zones WHERE id = ? AND manager_id IS NOT NULL", {*zone});
    if (manager && std::find(recipients.begin(), recipients.end(), manager->Int(0)) == recipients.end()) {
      recipients.push_back(manager->Int(0));
    }
  }
  const bool above = Text(after, "direction") == "above";
  const double gap = after.as_object().contains("gap_pct") && after.at("gap_pct").is_number()
                         ? after.at("gap_pct").to_number<double>()
                         : 0.0;
  const std::string percent = std::to_string(int(std::lround(gap))) + "%";
  const std::string link = "/forecasts/alerts/" + core::IdToString(alert_id);
  const std::string from = Text(after, "first_period"), to = Text(after, "fired_period");
  for (core::Id user : recipients) {
    NotifyInLocale(tx, user, "forecast_alert",
                   {"销售预警：" + Text(after, "label") + (above ? " 高于" : " 低于") + "预测 " + percent,
                    "Sales alert: " + Text(after, "label") + (above ? " above" : " below") + " forecast by " + percent},
                   {from + " 至 " + to + " 连续超出预测区间，点击查看原因分析。",
                    "Outside the forecast band " + from + " to " + to + ". Open it for the root cause."},
                   link);
  }
}

}  // namespace

core::Status HandleSystemNotification(store::Tx& tx, const store::Event& event) {
  boost::system::error_code ec;
  const json::value payload = json::parse(event.payload, ec);
  if (ec || !payload.is_object()) return core::Ok{};  // not ours to judge; skip
  // Change events carry {before, after}; other events (e.g. notification.created) do not.
  static const json::value kNull;
  const json::value* before_ptr = payload.as_object().if_contains("before");
  const json::value* after_ptr = payload.as_object().if_contains("after");
  const json::value& before = before_ptr ? *before_ptr : kNull;
  const json::value& after = after_ptr ? *after_ptr : kNull;

  if (event.topic == "user.create" && event.object_id) {
    const core::Id user = *event.object_id;
    NotifyInLocale(tx, user, "welcome", {"欢迎使用 Salient", "Welcome to Salient"},
                   {"你的账号已创建，角色：" + Text(after, "role"), "Your account was created with role " + Text(after, "role")},
                   "/");
  } else if (event.topic == "user.password_reset" && event.object_id) {
    const core::Id user = *event.object_id;
    NotifyInLocale(tx, user, "security", {"密码已被管理员重置", "Your password was reset by an administrator"},
                   {"如非本人申请，请联系管理员。", "Contact your administrator if you did not ask for it."});
  } else if (event.topic == "user.update" && event.object_id && Text(before, "role") != Text(after, "role")) {
    const core::Id user = *event.object_id;
    const std::string change = Text(before, "role") + " → " + Text(after, "role");
    NotifyInLocale(tx, user, "account", {"你的角色已变更", "Your role changed"}, {change, change});
  } else if (event.topic == "zone.update" && Text(after, "manager_id") != Text(before, "manager_id") &&
             !Text(after, "manager_id").empty()) {
    const auto manager = core::ParseId(Text(after, "manager_id"));
    if (manager)
      NotifyInLocale(tx, *manager, "org", {"你已被任命为" + Text(after, "name") + "的负责人", "You now manage " + Text(after, "name")},
                     {"可在组织架构中查看成员。", "See its members in the org tree."}, "/admin/org");
  } else if (event.topic == "forecast_alert.raised" && event.object_id) {
    NotifyForecastAlert(tx, *event.object_id, after);
  } else if (event.topic == "user.login_failed" && after.is_object() && after.as_object().if_contains("locked") &&
             after.as_object().at("locked").is_bool() && after.as_object().at("locked").as_bool() && event.object_id) {
    auto locked = tx.QueryOne("SELECT username FROM users WHERE id = ?", {*event.object_id});
    const std::string who = locked ? locked->Str(0) : "?";
    for (const auto& admin : tx.Query("SELECT id FROM users WHERE role = 'admin' AND active = 1"))
      NotifyInLocale(tx, admin.Int(0), "security", {"账号已锁定：" + who, "Account locked: " + who},
                     {"连续登录失败次数过多。", "Too many failed logins in a row."}, "/admin/users");
  }
  return core::Ok{};
}

}  // namespace salient::workflow
