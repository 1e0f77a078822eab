#include "auth/user.hpp"

#include "core/json.hpp"

namespace salient::auth {

boost::json::value UserToJson(const User& u) {
  using core::json::value;
  auto optional_text = [](const std::optional<std::string>& s) { return s ? value(*s) : value(nullptr); };
  return {{"id", core::IdValue(u.id)},
          {"username", u.username},
          {"display_name", u.display_name},
          {"email", optional_text(u.email)},
          {"phone", optional_text(u.phone)},
          {"locale", u.locale},
          {"time_zone", u.time_zone},
          {"role", u.role},
          {"zone_id", core::OptionalIdValue(u.zone_id)},
          {"zone_name", u.zone_id ? value(u.zone_name) : value(nullptr)},
          {"active", u.active},
          {"locked", u.locked},
          {"version", u.version},
          {"created_at", core::TimeValue(u.created_at)},
          {"updated_at", core::TimeValue(u.updated_at)}};
}

}  // namespace salient::auth
