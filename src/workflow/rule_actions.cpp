#include "workflow/rule_actions.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "auth/permissions.hpp"
#include "core/json.hpp"
#include "workflow/approval_chain.hpp"
#include "workflow/approval_service.hpp"
#include "workflow/messaging.hpp"
#include "workflow/notification_service.hpp"
#include "workflow/task_service.hpp"
#include "workflow/webhooks.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

const std::set<std::string, std::less<>> kDepartments = {"finance", "warehouse", "logistics", "sales", "service"};
constexpr double kMaxDueHours = 24.0 * 90;

std::string Str(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

// "{{name}}" placeholders that name no field of the record.
void CheckPlaceholders(const std::string& text, const RecordSource& source, const std::string& field,
                       std::vector<std::pair<std::string, std::string>>& problems) {
  for (std::size_t i = text.find("{{"); i != std::string::npos; i = text.find("{{", i + 2)) {
    const auto close = text.find("}}", i + 2);
    if (close == std::string::npos) {
      problems.emplace_back(field, "a placeholder has no closing }}");
      return;
    }
    std::string name = text.substr(i + 2, close - i - 2);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (!source.fields.count(name)) problems.emplace_back(field, "unknown field {{" + name + "}}");
  }
}

// The person a "to"/"assignee" word means for this record.
std::optional<core::Id> Person(store::Tx& tx, const std::string& who, const RecordFacts& facts) {
  if (who == "owner") return facts.owner_id;
  if (who == "zone_manager") return NearestZoneManager(tx, facts.zone_id);
  return std::nullopt;
}

std::string NameOf(store::Tx& tx, std::optional<core::Id> user) {
  if (!user) return "";
  auto row = tx.QueryOne("SELECT display_name FROM users WHERE id = ?", {*user});
  return row ? row->Str(0) : "";
}

}  // namespace

void ValidateAction(const json::value& value, const RecordSource& source, const std::string& at,
                    std::vector<std::pair<std::string, std::string>>& problems) {
  if (!value.is_object()) {
    problems.emplace_back(at, "must be an object");
    return;
  }
  const auto& a = value.get_object();
  const std::string type = Str(a, "type");
  static const std::map<std::string, std::set<std::string>, std::less<>> kKeys = {
      {"create_task", {"type", "task_type", "department", "queue_role", "assignee", "title", "body", "due_hours"}},
      {"notify", {"type", "to", "title", "body"}},
      {"set_field", {"type", "field", "value"}},
      {"post_message", {"type", "body"}},
      {"call_webhook", {"type", "webhook_id"}},
      {"start_approval", {"type", "title", "steps"}}};
  auto keys = kKeys.find(type);
  if (keys == kKeys.end()) {
    problems.emplace_back(at + ".type",
                          "must be create_task, notify, set_field, post_message, call_webhook or start_approval");
    return;
  }
  for (const auto& [k, _] : a)
    if (!keys->second.count(std::string(k))) problems.emplace_back(at + "." + std::string(k), "unknown field");
  auto text = [&](const char* key, bool required, std::size_t max) {
    const auto* v = a.if_contains(key);
    if (!v || (v->is_string() && v->get_string().empty())) {
      if (required) problems.emplace_back(at + "." + key, "is required");
      return;
    }
    if (!v->is_string()) {
      problems.emplace_back(at + "." + key, "must be text");
      return;
    }
    if (v->get_string().size() > max) {
      problems.emplace_back(at + "." + key, "is too long");
      return;
    }
    CheckPlaceholders(std::string(v->get_string()), source, at + "." + key, problems);
  };
  if (type == "create_task") {
    const std::string task_type = Str(a, "task_type");
    if (task_type.empty() || task_type.size() > 40 ||
        !std::all_of(task_type.begin(), task_type.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }))
      problems.emplace_back(at + ".task_type", "1–40 lowercase letters or _, e.g. credit_check");
    if (!kDepartments.count(Str(a, "department")))
      problems.emplace_back(at + ".department", "must be finance, warehouse, logistics, sales or service");
    const bool queue = a.contains("queue_role"), person = a.contains("assignee");
    if (queue == person) problems.emplace_back(at + ".queue_role", "give either queue_role or assignee");
    if (queue && !auth::IsDefaultRole(Str(a, "queue_role"))) problems.emplace_back(at + ".queue_role", "unknown role");
    if (person && Str(a, "assignee") != "owner" && Str(a, "assignee") != "zone_manager")
      problems.emplace_back(at + ".assignee", "must be owner or zone_manager");
    text("title", true, 200);
    text("body", false, 4000);
    if (const auto* due = a.if_contains("due_hours")) {
      if (!due->is_number() || due->to_number<double>() <= 0 || due->to_number<double>() > kMaxDueHours)
        problems.emplace_back(at + ".due_hours", "must be more than 0 and at most 2160");
    }
  } else if (type == "notify") {
    const std::string to = Str(a, "to");
    const bool role = to.rfind("role:", 0) == 0;
    if (to != "owner" && to != "zone_manager" && !(role && auth::IsDefaultRole(to.substr(5))))
      problems.emplace_back(at + ".to", "must be owner, zone_manager or role:NAME of an existing role");
    text("title", true, 200);
    text("body", false, 2000);
  } else if (type == "set_field") {
    const std::string field = Str(a, "field");
    if (field != "customer.status") problems.emplace_back(at + ".field", "rules may set customer.status");
    if (!a.contains("value")) problems.emplace_back(at + ".value", "is required");
  } else if (type == "post_message") {
    text("body", true, 4000);
  } else if (type == "call_webhook") {
    if (!core::ParseId(Str(a, "webhook_id"))) problems.emplace_back(at + ".webhook_id", "the id of a webhook");
  } else {
    text("title", true, 200);
    const auto* steps = a.if_contains("steps");
    if (!steps || !steps->is_array() || steps->as_array().empty() || steps->as_array().size() > 5) {
      problems.emplace_back(at + ".steps", "1 to 5 steps");
      return;
    }
    for (std::size_t i = 0; i < steps->as_array().size(); ++i)
      ValidateApprovalStep(steps->as_array()[i], at + ".steps[" + std::to_string(i) + "]", problems);
  }
}

core::Result<json::value> RunAction(store::Tx& tx, const ActionContext& context, const json::object& a, bool dry_run) {
  const std::string type = Str(a, "type");
  const auto& values = context.facts.values;
  if (type == "create_task") {
    NewTask task;
    task.type = Str(a, "task_type");
    task.department = Str(a, "department");
    task.title = RenderTemplate(Str(a, "title"), values);
    task.body = RenderTemplate(Str(a, "body"), values);
    task.zone_id = context.facts.zone_id;
    task.object = context.object;
    task.object_id = context.object_id;
    task.object_label = context.facts.label;
    task.rule_id = context.rule_id;
    if (a.contains("queue_role")) {
      task.queue_role = Str(a, "queue_role");
    } else {
      task.assignee_id = Person(tx, Str(a, "assignee"), context.facts);
      if (!task.assignee_id) return core::Error::Validation("assignee", "the record has no " + Str(a, "assignee"));
    }
    if (const auto* due = a.if_contains("due_hours"))
      task.due_at = tx.Now() + static_cast<core::Millis>(due->to_number<double>() * 3600 * 1000);
    json::object out{
        {"type", type},
        {"task_type", task.type},
        {"department", task.department},
        {"title", task.title},
        {"body", task.body},
        {"queue_role", task.queue_role ? json::value(*task.queue_role) : json::value(nullptr)},
        {"assignee_name", task.assignee_id ? json::value(NameOf(tx, task.assignee_id)) : json::value(nullptr)},
        {"due_at", core::OptionalTimeValue(task.due_at)}};
    // One open task per type and record: a daily reminder does not pile up duplicates.
    if (auto open = tx.QueryOne("SELECT id FROM tasks WHERE type = ? AND object = ? AND object_id = ? AND status IN "
                                "('open', 'in_progress')",
                                {task.type, task.object, task.object_id})) {
      out["skipped"] = "an open task of this type exists";
      out["task_id"] = core::IdValue(open->Int(0));
      return json::value(std::move(out));
    }
    if (!dry_run) out["task_id"] = core::IdValue(CreateTask(tx, task));
    return json::value(std::move(out));
  }
  if (type == "notify") {
    const std::string to = Str(a, "to");
    std::vector<core::Id> users;
    if (to.rfind("role:", 0) == 0) {
      for (const auto& r : tx.Query("SELECT id FROM users WHERE role = ? AND active = 1", {to.substr(5)}))
        users.push_back(r.Int(0));
    } else if (auto person = Person(tx, to, context.facts)) {
      users.push_back(*person);
    }
    const std::string title = RenderTemplate(Str(a, "title"), values);
    const std::string body = RenderTemplate(Str(a, "body"), values);
    json::array names;
    for (core::Id u : users) {
      names.push_back(json::value(NameOf(tx, u)));
      if (!dry_run)
        Notify(tx, u, "rule", title, body, "/" + context.object + "s/" + core::IdToString(context.object_id));
    }
    return json::value(
        json::object{{"type", type}, {"title", title}, {"body", body}, {"recipients", std::move(names)}});
  }
  if (type == "set_field") {
    const std::string field = Str(a, "field");
    const auto& customers = context.sources.at("customer");
    if (!context.facts.customer_id) return core::Error::Validation("field", "the record has no customer");
    if (!dry_run) {
      if (auto s = customers.set_field(tx, auth::Actor::System(), *context.facts.customer_id, field, a.at("value"));
          !s.ok())
        return s.error();
    }
    return json::value(json::object{{"type", type},
                                    {"field", field},
                                    {"value", a.at("value")},
                                    {"record_id", core::IdValue(*context.facts.customer_id)}});
  }
  if (type == "post_message") {
    const std::string body = RenderTemplate(Str(a, "body"), values);
    if (!dry_run) {
      if (auto s = PostRuleMessage(tx, context.object, context.object_id, body); !s.ok()) return s.error();
    }
    return json::value(json::object{{"type", type}, {"body", body}});
  }
  if (type == "call_webhook") {
    const auto webhook = core::ParseId(Str(a, "webhook_id"));
    auto row = tx.QueryOne("SELECT name FROM webhooks WHERE id = ? AND active = 1", {*webhook});
    if (!row) return core::Error::Validation("webhook_id", "no active webhook with this id");
    json::object out{{"type", type}, {"webhook", row->Str(0)}};
    if (!dry_run) {
      const json::object data{{"rule_id", core::OptionalIdValue(context.rule_id)}, {"label", context.facts.label}};
      out["delivery_id"] = core::IdValue(QueueWebhookCall(tx, *webhook, "rule." + context.object, context.object,
                                                          context.object_id, data));
    }
    return json::value(std::move(out));
  }
  if (type == "start_approval") {
    NewApproval approval{context.object, context.object_id, RenderTemplate(Str(a, "title"), values),
                         json::object{{"rule_id", core::OptionalIdValue(context.rule_id)}},
                         std::nullopt, context.facts.zone_id, std::nullopt, "", {}, context.rule_id};
    json::array steps;
    for (const auto& step : a.at("steps").as_array()) {
      approval.steps.push_back(StepSpecOf(step.as_object(), context.facts.zone_id));
      steps.push_back({{"seq", approval.steps.back().seq}, {"role", approval.steps.back().approver_role}});
    }
    json::object out{{"type", type}, {"title", approval.title}, {"steps", std::move(steps)}};
    if (!dry_run) out["approval_id"] = core::IdValue(StartApproval(tx, approval));
    return json::value(std::move(out));
  }
  return core::Error::Validation("type", "unknown action " + type);
}

}  // namespace salient::workflow
