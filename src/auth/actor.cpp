#include "auth/actor.hpp"

namespace salient::auth {

core::Status Actor::Require(std::string_view object, Action action) const {
  if (Can(object, action)) return core::Ok{};
  return core::Error::Denied("role " + (role ? role->name : std::string("(none)")) + " may not " +
                             std::string(ActionName(action)) + " " + std::string(object));
}

store::RecordScope Actor::Scope(std::string_view object) const {
  store::RecordScope scope;
  scope.kind = role ? role->Scope(object) : store::ScopeKind::kNone;
  scope.user_id = user_id;
  if (scope.kind == store::ScopeKind::kZone && zone_id) scope.zone_ids = {*zone_id};
  if (scope.kind == store::ScopeKind::kSubtree) scope.zone_ids = zone_subtree;
  return scope;
}

Actor Actor::System() {
  static const auto role = [] {
    for (auto& r : DefaultRoles())
      if (r.name == "admin") return std::make_shared<const RoleDefinition>(r);
    return std::shared_ptr<const RoleDefinition>();
  }();
  Actor actor;
  actor.username = "system";
  actor.display_name = "System";
  actor.role_name = "admin";
  actor.role = role;
  return actor;
}

}  // namespace salient::auth
