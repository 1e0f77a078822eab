#pragma once
// Who is acting: the authenticated user, their role and zone. Every service call takes
// an Actor; permission and record-scope checks read it, never the HTTP request.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "auth/permissions.hpp"
#include "auth/user.hpp"
#include "core/id.hpp"
#include "core/result.hpp"
#include "store/scope.hpp"

namespace salient::auth {

struct Actor {
  core::Id user_id = 0;  // 0: the system itself (CLI, jobs)
  std::string username;
  std::string display_name;
  std::optional<core::Id> zone_id;
  std::vector<core::Id> zone_subtree;  // zone_id and every zone below it
  std::string role_name;
  std::shared_ptr<const RoleDefinition> role;
  core::Id session_id = 0;
  std::string csrf_token;
  std::string request_id;
  // The user's own record as of login or the last change (changes evict the session
  // cache), so "who am I" needs no query.
  std::shared_ptr<const User> profile;

  // The acting person's id for "who did it" columns; empty for the system itself.
  std::optional<core::Id> acting_user() const {
    return user_id ? std::optional<core::Id>(user_id) : std::nullopt;
  }

  bool Can(std::string_view object, Action action) const { return role && role->Can(object, action); }
  // kPermissionDenied naming the object and action when not allowed.
  core::Status Require(std::string_view object, Action action) const;
  store::RecordScope Scope(std::string_view object) const;
  bool IsHidden(std::string_view object, std::string_view field) const {
    return role && role->IsHidden(object, field);
  }

  // The system actor: full rights, used by the CLI and background jobs.
  static Actor System();
};

}  // namespace salient::auth
