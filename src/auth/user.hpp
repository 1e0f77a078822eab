#pragma once
// The user account as services and the API see it (never the password hash).
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/id.hpp"

namespace salient::auth {

struct User {
  core::Id id = 0;
  std::string username;
  std::string display_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string locale = "zh-CN";
  std::string time_zone = "Asia/Shanghai";
  std::string role;
  std::optional<core::Id> zone_id;
  std::string zone_name;
  bool active = true;
  bool locked = false;
  int version = 1;
  core::Millis created_at = 0;
  core::Millis updated_at = 0;
};

boost::json::value UserToJson(const User& user);

}  // namespace salient::auth
