#pragma once
// Roles and what they may do: per object a set of actions and one record scope, plus
// fields hidden from the role. Built-in defaults live in code; admins edit the copies
// stored in the `roles` table.
#include <boost/json/fwd.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/scope.hpp"

namespace salient::auth {

enum class Action { kRead, kCreate, kUpdate, kDelete, kApprove, kExport };

const std::vector<std::string>& AllObjects();
const std::vector<Action>& AllActions();
std::string_view ActionName(Action action);
bool ParseAction(std::string_view name, Action& out);

struct ObjectGrant {
  std::set<Action> actions;
  store::ScopeKind scope = store::ScopeKind::kNone;
};

struct RoleDefinition {
  std::string name;
  std::string label_zh;
  std::string label_en;
  bool builtin = false;
  int version = 1;
  std::map<std::string, ObjectGrant, std::less<>> grants;  // object → grant
  std::map<std::string, std::vector<std::string>, std::less<>> hidden_fields;
  // GrantsToJson / HiddenFieldsToJson serialized once when the role is loaded: every
  // "who am I" answer carries them.
  std::string permissions_text;
  std::string hidden_fields_text;

  bool Can(std::string_view object, Action action) const;
  store::ScopeKind Scope(std::string_view object) const;
  bool IsHidden(std::string_view object, std::string_view field) const;
};

// The roles of DESIGN.md with their default permission sets.
std::vector<RoleDefinition> DefaultRoles();
// Whether `name` is one of them (e.g. a queue or approver a rule may name).
bool IsDefaultRole(std::string_view name);

boost::json::value GrantsToJson(const RoleDefinition& role);
boost::json::value HiddenFieldsToJson(const RoleDefinition& role);
// Parses the `permissions` JSON ({object: {actions: [...], scope}}); errors name the
// offending path (e.g. "permissions.customer.scope").
core::Status ParseGrants(const boost::json::value& json, RoleDefinition& role);
core::Status ParseHiddenFields(const boost::json::value& json, RoleDefinition& role);

}  // namespace salient::auth
