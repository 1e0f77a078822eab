#include "auth/permissions.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

namespace salient::auth {

namespace json = boost::json;
using store::ScopeKind;

const std::vector<std::string>& AllObjects() {
  static const std::vector<std::string> objects = {
      "user", "zone", "role", "audit_log",
      "customer", "contact", "product", "price_list", "opportunity", "visit", "quote", "order",
      "forecast", "alert", "task", "approval", "rule", "authority_limit",
      "stock", "shipment", "service_ticket", "kb_article", "dashboard", "meta"};
  return objects;
}

const std::vector<Action>& AllActions() {
  static const std::vector<Action> actions = {Action::kRead, Action::kCreate, Action::kUpdate,
                                              Action::kDelete, Action::kApprove, Action::kExport};
  return actions;
}

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kRead: return "read";
    case Action::kCreate: return "create";
    case Action::kUpdate: return "update";
    case Action::kDelete: return "delete";
    case Action::kApprove: return "approve";
    case Action::kExport: return "export";
  }
  return "read";
}

bool ParseAction(std::string_view name, Action& out) {
  for (Action a : AllActions())
    if (ActionName(a) == name) return out = a, true;
  return false;
}

bool RoleDefinition::Can(std::string_view object, Action action) const {
  auto it = grants.find(object);
  return it != grants.end() && it->second.scope != ScopeKind::kNone && it->second.actions.count(action);
}

ScopeKind RoleDefinition::Scope(std::string_view object) const {
  auto it = grants.find(object);
  return it == grants.end() ? ScopeKind::kNone : it->second.scope;
}

bool RoleDefinition::IsHidden(std::string_view object, std::string_view field) const {
  auto it = hidden_fields.find(object);
  return it != hidden_fields.end() &&
         std::find(it->second.begin(), it->second.end(), field) != it->second.end();
}

namespace {

using A = Action;
const std::set<Action> kAll = {A::kRead, A::kCreate, A::kUpdate, A::kDelete, A::kApprove, A::kExport};
const std::set<Action> kRead = {A::kRead};
const std::set<Action> kReadExport = {A::kRead, A::kExport};
const std::set<Action> kWork = {A::kRead, A::kCreate, A::kUpdate};
const std::set<Action> kWorkDelete = {A::kRead, A::kCreate, A::kUpdate, A::kDelete};
const std::set<Action> kManage = {A::kRead, A::kCreate, A::kUpdate, A::kDelete, A::kApprove, A::kExport};

RoleDefinition Role(std::string name, std::string zh, std::string en,
                    std::map<std::string, ObjectGrant, std::less<>> grants,
                    std::map<std::string, std::vector<std::string>, std::less<>> hidden = {}) {
  RoleDefinition role;
  role.name = std::move(name);
  role.label_zh = std::move(zh);
  role.label_en = std::move(en);
  role.builtin = true;
  role.grants = std::move(grants);
  role.hidden_fields = std::move(hidden);
  return role;
}

}  // namespace

std::vector<RoleDefinition> DefaultRoles() {
  std::map<std::string, ObjectGrant, std::less<>> admin;
  for (const auto& object : AllObjects()) admin[object] = {kAll, ScopeKind::kAll};
  admin["audit_log"] = {kReadExport, ScopeKind::kAll};  // append-only: nobody edits history

  const std::vector<std::string> sales = {"customer", "contact", "opportunity", "visit", "quote", "order"};
  auto sales_grants = [&](std::set<Action> actions, ScopeKind scope) {
    std::map<std::string, ObjectGrant, std::less<>> g;
    for (const auto& o : sales) g[o] = {actions, scope};
    return g;
  };

  auto director = sales_grants(kManage, ScopeKind::kAll);
  director["user"] = {kRead, ScopeKind::kAll};
  director["zone"] = {kRead, ScopeKind::kAll};
  director["product"] = {kManage, ScopeKind::kAll};
  director["price_list"] = {kManage, ScopeKind::kAll};
  director["forecast"] = {kManage, ScopeKind::kAll};
  director["alert"] = {kManage, ScopeKind::kAll};
  director["approval"] = {kManage, ScopeKind::kAll};
  director["task"] = {kManage, ScopeKind::kAll};
  director["authority_limit"] = {kManage, ScopeKind::kAll};
  director["stock"] = {kReadExport, ScopeKind::kAll};
  director["shipment"] = {kReadExport, ScopeKind::kAll};
  director["kb_article"] = {kManage, ScopeKind::kAll};
  director["dashboard"] = {kManage, ScopeKind::kAll};

  auto manager = sales_grants({A::kRead, A::kCreate, A::kUpdate, A::kDelete, A::kApprove, A::kExport},
                              ScopeKind::kSubtree);
  manager["user"] = {kRead, ScopeKind::kSubtree};
  manager["zone"] = {kRead, ScopeKind::kAll};
  manager["product"] = {kRead, ScopeKind::kAll};
  manager["price_list"] = {kRead, ScopeKind::kAll};
  manager["forecast"] = {kReadExport, ScopeKind::kSubtree};
  manager["alert"] = {{A::kRead, A::kUpdate}, ScopeKind::kSubtree};
  manager["approval"] = {{A::kRead, A::kApprove}, ScopeKind::kSubtree};
  manager["task"] = {kWork, ScopeKind::kSubtree};
  manager["authority_limit"] = {kRead, ScopeKind::kSubtree};
  manager["stock"] = {kRead, ScopeKind::kAll};
  manager["shipment"] = {kRead, ScopeKind::kSubtree};
  manager["kb_article"] = {kWork, ScopeKind::kAll};
  manager["dashboard"] = {kWork, ScopeKind::kSubtree};

  auto rep = sales_grants(kWork, ScopeKind::kOwn);
  rep["opportunity"] = {kWorkDelete, ScopeKind::kOwn};
  rep["visit"] = {kWorkDelete, ScopeKind::kOwn};
  rep["user"] = {kRead, ScopeKind::kOwn};
  rep["zone"] = {kRead, ScopeKind::kAll};
  rep["product"] = {kRead, ScopeKind::kAll};
  rep["price_list"] = {kRead, ScopeKind::kAll};
  rep["task"] = {kWork, ScopeKind::kOwn};
  rep["approval"] = {kRead, ScopeKind::kOwn};
  rep["stock"] = {kRead, ScopeKind::kAll};
  rep["shipment"] = {kRead, ScopeKind::kOwn};
  rep["kb_article"] = {kRead, ScopeKind::kAll};
  rep["authority_limit"] = {kRead, ScopeKind::kZone};

  auto back_office = [&](std::map<std::string, ObjectGrant, std::less<>> extra) {
    std::map<std::string, ObjectGrant, std::less<>> g = {
        {"customer", {kRead, ScopeKind::kAll}}, {"order", {kRead, ScopeKind::kAll}},
        {"product", {kRead, ScopeKind::kAll}},  {"zone", {kRead, ScopeKind::kAll}},
        {"user", {kRead, ScopeKind::kOwn}},     {"task", {kWork, ScopeKind::kOwn}},
        {"kb_article", {kRead, ScopeKind::kAll}}};
    for (auto& [k, v] : extra) g[k] = v;
    return g;
  };

  return {
      Role("admin", "系统管理员", "Administrator", admin),
      Role("sales_director", "销售总监", "Sales director", director),
      Role("zone_manager", "战区经理", "Zone manager", manager),
      Role("sales_rep", "销售代表", "Sales rep", rep, {{"product", {"cost_price"}}}),
      Role("finance", "财务", "Finance",
           back_office({{"customer", {{A::kRead, A::kUpdate, A::kExport}, ScopeKind::kAll}},
                        {"quote", {{A::kRead, A::kApprove}, ScopeKind::kAll}},
                        {"order", {{A::kRead, A::kUpdate, A::kApprove, A::kExport}, ScopeKind::kAll}},
                        {"approval", {{A::kRead, A::kApprove}, ScopeKind::kAll}}})),
      Role("warehouse", "仓库", "Warehouse",
           back_office({{"order", {{A::kRead, A::kUpdate}, ScopeKind::kAll}},
                        {"stock", {kManage, ScopeKind::kAll}},
                        {"shipment", {kWork, ScopeKind::kAll}}})),
      Role("logistics", "物流", "Logistics",
           back_office({{"order", {{A::kRead, A::kUpdate}, ScopeKind::kAll}},
                        {"shipment", {kManage, ScopeKind::kAll}}})),
      Role("dispatcher", "调度", "Dispatcher",
           back_office({{"service_ticket", {kManage, ScopeKind::kAll}},
                        {"user", {kRead, ScopeKind::kAll}}})),
      Role("engineer", "服务工程师", "Service engineer",
           back_office({{"service_ticket", {{A::kRead, A::kUpdate}, ScopeKind::kOwn}},
                        {"order", {kRead, ScopeKind::kOwn}}})),
      Role("analyst", "分析师", "Analyst",
           {{"customer", {kReadExport, ScopeKind::kAll}},
            {"order", {kReadExport, ScopeKind::kAll}},
            {"product", {kReadExport, ScopeKind::kAll}},
            {"opportunity", {kReadExport, ScopeKind::kAll}},
            {"quote", {kReadExport, ScopeKind::kAll}},
            {"forecast", {kReadExport, ScopeKind::kAll}},
            {"alert", {kRead, ScopeKind::kAll}},
            {"zone", {kRead, ScopeKind::kAll}},
            {"user", {kRead, ScopeKind::kOwn}},
            {"dashboard", {kWork, ScopeKind::kAll}}},
           {{"customer", {"phone", "email", "address"}}, {"contact", {"phone", "email"}}}),
  };
}

bool IsDefaultRole(std::string_view name) {
  static const std::set<std::string, std::less<>> names = [] {
    std::set<std::string, std::less<>> out;
    for (const auto& r : DefaultRoles()) out.insert(r.name);
    return out;
  }();
  return names.count(name) > 0;
}

json::value GrantsToJson(const RoleDefinition& role) {
  json::object out;
  for (const auto& [object, grant] : role.grants) {
    json::array actions;
    for (Action a : AllActions())
      if (grant.actions.count(a)) actions.emplace_back(ActionName(a));
    out[object] = {{"actions", actions}, {"scope", store::ScopeName(grant.scope)}};
  }
  return out;
}

json::value HiddenFieldsToJson(const RoleDefinition& role) {
  json::object out;
  for (const auto& [object, fields] : role.hidden_fields) {
    json::array list;
    for (const auto& f : fields) list.emplace_back(f);
    out[object] = list;
  }
  return out;
}

core::Status ParseGrants(const json::value& value, RoleDefinition& role) {
  if (!value.is_object()) return core::Error::Invalid("permissions", "must be an object");
  role.grants.clear();
  for (const auto& [key, grant_value] : value.get_object()) {
    const std::string object(key);
    const std::string path = "permissions." + object;
    if (std::find(AllObjects().begin(), AllObjects().end(), object) == AllObjects().end())
      return core::Error::Validation(path, "unknown object");
    if (!grant_value.is_object()) return core::Error::Invalid(path, "must be an object");
    const auto& g = grant_value.get_object();
    ObjectGrant grant;
    for (const auto& [field, _] : g)
      if (field != "actions" && field != "scope")
        return core::Error::Invalid(path + "." + std::string(field), "unknown field");
    auto actions = g.if_contains("actions");
    if (actions == nullptr || !actions->is_array())
      return core::Error::Invalid(path + ".actions", "must be an array");
    for (const auto& a : actions->get_array()) {
      Action action;
      if (!a.is_string() || !ParseAction(a.get_string(), action))
        return core::Error::Validation(path + ".actions", "unknown action");
      grant.actions.insert(action);
    }
    auto scope = g.if_contains("scope");
    if (scope == nullptr || !scope->is_string() || !store::ParseScope(scope->get_string(), grant.scope))
      return core::Error::Validation(path + ".scope", "must be one of none, own, zone, subtree, all");
    role.grants[object] = std::move(grant);
  }
  return core::Ok{};
}

core::Status ParseHiddenFields(const json::value& value, RoleDefinition& role) {
  if (!value.is_object()) return core::Error::Invalid("hidden_fields", "must be an object");
  role.hidden_fields.clear();
  for (const auto& [key, fields] : value.get_object()) {
    const std::string path = "hidden_fields." + std::string(key);
    if (std::find(AllObjects().begin(), AllObjects().end(), std::string(key)) == AllObjects().end())
      return core::Error::Validation(path, "unknown object");
    if (!fields.is_array()) return core::Error::Invalid(path, "must be an array of field names");
    auto& list = role.hidden_fields[std::string(key)];
    for (const auto& f : fields.get_array()) {
      if (!f.is_string() || f.get_string().empty()) return core::Error::Invalid(path, "must be field names");
      list.emplace_back(f.get_string());
    }
  }
  return core::Ok{};
}

}  // namespace salient::auth
