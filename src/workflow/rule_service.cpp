#include "workflow/rule_service.hpp"

#include <boost/json.hpp>

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "workflow/rule_actions.hpp"
#include "workflow/rule_runner.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

constexpr core::Millis kDayMs = 24LL * 3600 * 1000;

const char* kSelect =
    "SELECT r.id, r.name, r.description, r.trigger_topic, r.condition, r.actions, r.enabled, r.builtin_key, r.version, "
    "r.updated_at, u.display_name FROM workflow_rules r LEFT JOIN users u ON u.id = r.updated_by";

json::value RuleJson(const store::Row& r) {
  boost::system::error_code ec;
  json::value actions = json::parse(r.Str(5), ec);
  return {{"id", core::IdValue(r.Int(0))},
          {"name", r.Str(1)},
          {"description", r.Str(2)},
          {"trigger_topic", r.Str(3)},
          {"condition", r.Str(4)},
          {"actions", ec ? json::value(json::array{}) : actions},
          {"enabled", r.Bool(6)},
          {"builtin_key", r.IsNull(7) ? json::value(nullptr) : json::value(r.Str(7))},
          {"version", r.Int(8)},
          {"updated_at", core::TimeValue(r.Int(9))},
          {"updated_by_name", r.IsNull(10) ? json::value(nullptr) : json::value(r.Str(10))}};
}

json::value DefinitionJson(const RuleDefinition& d) {
  return {{"name", d.name}, {"description", d.description}, {"trigger_topic", d.trigger_topic},
          {"condition", d.condition}, {"actions", d.actions}, {"enabled", d.enabled}};
}

void SaveVersion(store::Tx& tx, const auth::Actor& actor, core::Id id, int version, const RuleDefinition& rule) {
  tx.Exec("INSERT INTO workflow_rule_versions (rule_id, version, definition, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)",
          {id, version, json::serialize(DefinitionJson(rule)), actor.acting_user(), tx.Now()});
}

struct BuiltIn {
  const char* key;
  RuleDefinition rule;
};

std::vector<BuiltIn> BuiltIns() {
  auto actions = [](const char* text) { return json::parse(text).as_array(); };
  return {
      {"credit_check",
       {"信用检查 Credit check",
        "报价提交后，若客户已用额度加本次报价超过信用额度，财务审核信用。 When a submitted quote would take the customer "
        "past their credit limit, finance reviews the credit.",
        "quote.submitted", "customer.credit_used + quote.total > customer.credit_limit",
        actions(R"json([{"type":"create_task","task_type":"credit_check","department":"finance","queue_role":"finance",
          "title":"信用审核：{{quote.number}} {{customer.name}}",
          "body":"已用额度 {{customer.credit_used}} + 本次报价 {{quote.total}} > 信用额度 {{customer.credit_limit}} ({{quote.currency}})",
          "due_hours":8}])json"),
        true}},
      {"stocking",
       {"备货提醒 Stocking reminder",
        "报价提交后，提醒仓库按报价明细备货。 When a quote is submitted, the warehouse prepares its lines.",
        "quote.submitted", "",
        actions(R"json([{"type":"create_task","task_type":"stocking","department":"warehouse","queue_role":"warehouse",
          "title":"备货提醒：{{quote.number}} {{customer.name}}","body":"{{quote.lines_text}}","due_hours":24}])json"),
        true}},
      {"logistics_booking",
       {"物流预订 Logistics booking",
        "订单确认后，物流预订运输。 When an order is confirmed, logistics books the transport.",
        "order.status_changed", "order.status = 'confirmed'",
        actions(R"json([{"type":"create_task","task_type":"logistics_booking","department":"logistics","queue_role":"logistics",
          "title":"物流预订：{{order.number}} {{customer.name}}",
          "body":"{{order.lines_text}}\n收货地址 Ship to: {{customer.address}}","due_hours":24}])json"),
        true}},
      {"a_customer_visit",
       {"A 类客户拜访提醒 A-grade visit reminder",
        "A 类客户 30 天没有拜访，提醒负责人。 An A-grade customer not visited for 30 days: remind the owner.",
        "daily.customer", "customer.grade = 'A' and (customer.last_visit_at = null or days_between(customer.last_visit_at, today()) > 30)",
        actions(R"json([{"type":"create_task","task_type":"follow_up","department":"sales","assignee":"owner",
          "title":"拜访提醒：{{customer.name}}","body":"A 类客户，上次拜访 {{customer.last_visit_at}}","due_hours":72}])json"),
        true}},
      {"quote_expiring",
       {"报价到期提醒 Quote expiring",
        "报价 3 天内到期，提醒负责人。 A quote expires within 3 days: remind the owner.",
        "daily.quote", "days_between(today(), quote.valid_until) >= 0 and days_between(today(), quote.valid_until) <= 3",
        actions(R"json([{"type":"notify","to":"owner","title":"报价即将到期：{{quote.number}}",
          "body":"{{customer.name}} 的报价将于 {{quote.valid_until}} 到期。"}])json"),
        true}},
  };
}

}  // namespace

const std::vector<TriggerTopic>& TriggerTopics() {
  static const std::vector<TriggerTopic> topics = {
      {"quote.submitted", "quote"}, {"quote.approved", "quote"},  {"quote.rejected", "quote"},
      {"quote.accepted", "quote"},  {"quote.converted", "quote"}, {"order.created", "order"},
      {"order.status_changed", "order"}, {"customer.create", "customer"}, {"customer.update", "customer"},
      // A rule's own approval (start_approval) ended: the record's countersign came back.
      {"quote.approval_approved", "quote"}, {"quote.approval_rejected", "quote"},
      {"order.approval_approved", "order"}, {"order.approval_rejected", "order"},
      {"customer.approval_approved", "customer"}, {"customer.approval_rejected", "customer"},
      // Reminders: every morning, each live record of the kind is checked once.
      {"daily.customer", "customer"}, {"daily.quote", "quote"}, {"daily.order", "order"},
  };
  return topics;
}

const TriggerTopic* FindTopic(std::string_view topic) {
  for (const auto& t : TriggerTopics())
    if (t.topic == topic) return &t;
  return nullptr;
}

FieldTypes TriggerFields(const TriggerTopic& topic, const RecordSources& sources) {
  FieldTypes fields = sources.at(topic.object).fields;
  if (topic.topic.rfind("daily.", 0) == 0) return fields;  // a scan has no "before"
  const std::string own = topic.object + ".";
  for (const auto& [name, type] : sources.at(topic.object).fields)
    if (name.rfind(own, 0) == 0 && (type == ExprType::kString || type == ExprType::kBool))
      fields["before." + name] = type;
  return fields;
}

void AddBeforeValues(const FieldTypes& fields, std::string_view payload, FieldValues& values) {
  boost::system::error_code ec;
  const json::value parsed = json::parse(payload, ec);
  const auto* before = !ec && parsed.is_object() ? parsed.as_object().if_contains("before") : nullptr;
  if (!before || !before->is_object()) return;
  for (const auto& [name, type] : fields) {
    if (name.rfind("before.", 0) != 0) continue;
    // "before.customer.status" reads "status" of the snapshot.
    const auto* v = before->as_object().if_contains(name.substr(name.find('.', 7) + 1));
    if (!v) continue;
    if (type == ExprType::kString && v->is_string()) values[name] = std::string(v->as_string());
    if (type == ExprType::kBool && v->is_bool()) values[name] = v->as_bool();
  }
}

std::vector<RuleProblem> ValidateRule(const RuleDefinition& rule, const RecordSources& sources) {
  std::vector<RuleProblem> problems;
  if (core::Trim(rule.name).empty()) problems.push_back({"name", "is required"});
  if (rule.name.size() > 200) problems.push_back({"name", "at most 200 characters"});
  if (rule.description.size() > 2000) problems.push_back({"description", "at most 2000 characters"});
  const TriggerTopic* topic = FindTopic(rule.trigger_topic);
  if (!topic) {
    std::string known;
    for (const auto& t : TriggerTopics()) known += (known.empty() ? "" : ", ") + t.topic;
    problems.push_back({"trigger_topic", "must be one of " + known});
    return problems;
  }
  const RecordSource& source = sources.at(topic->object);
  auto condition = ParseCondition(rule.condition, TriggerFields(*topic, sources));
  if (auto* error = std::get_if<ExprError>(&condition)) problems.push_back({"condition", error->message, error->position});
  if (rule.actions.empty()) problems.push_back({"actions", "add at least one action"});
  if (rule.actions.size() > 20) problems.push_back({"actions", "at most 20 actions"});
  std::vector<std::pair<std::string, std::string>> action_problems;
  for (std::size_t i = 0; i < rule.actions.size(); ++i)
    ValidateAction(rule.actions[i], source, "actions[" + std::to_string(i) + "]", action_problems);
  for (auto& [field, message] : action_problems) problems.push_back({field, message});
  return problems;
}

core::Result<json::value> RuleService::List(const auth::Actor& actor) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::array items;
    for (const auto& r : tx.Query(std::string(kSelect) + " ORDER BY r.builtin_key IS NULL, r.created_at, r.id"))
      items.push_back(RuleJson(r));
    return json::value(json::object{{"items", std::move(items)}});
  });
}

core::Result<json::value> RuleService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto row = tx.QueryOne(std::string(kSelect) + " WHERE r.id = ?", {id});
    if (!row) return core::Error::NotFound("rule");
    json::object out = RuleJson(*row).as_object();
    json::array versions;
    for (const auto& v : tx.Query("SELECT v.version, v.definition, u.display_name, v.saved_at FROM workflow_rule_versions v "
                                  "LEFT JOIN users u ON u.id = v.saved_by WHERE v.rule_id = ? ORDER BY v.version DESC",
                                  {id}))
      versions.push_back({{"version", v.Int(0)}, {"definition", json::parse(v.Str(1))},
                          {"saved_by_name", v.IsNull(2) ? json::value(nullptr) : json::value(v.Str(2))},
                          {"saved_at", core::TimeValue(v.Int(3))}});
    out["versions"] = std::move(versions);
    return json::value(std::move(out));
  });
}

core::Result<json::value> RuleService::Create(const auth::Actor& actor, const RuleDefinition& rule) {
  if (auto s = actor.Require("rule", auth::Action::kCreate); !s.ok()) return s.error();
  if (auto problems = ValidateRule(rule, sources_); !problems.empty()) return ProblemsError(problems);
  auto id = db_.Write<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
    const core::Id id = tx.NewId();
    tx.Exec("INSERT INTO workflow_rules (id, name, description, trigger_topic, condition, actions, enabled, version, "
            "updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
            {id, rule.name, rule.description, rule.trigger_topic, rule.condition, json::serialize(rule.actions),
             rule.enabled ? 1 : 0, actor.acting_user(), tx.Now(), tx.Now()});
    SaveVersion(tx, actor, id, 1, rule);
    auth::RecordChange(tx, actor, {"rule", id, "create", nullptr, DefinitionJson(rule)});
    return id;
  });
  if (!id.ok()) return id.error();
  return Get(actor, id.value());
}

core::Result<json::value> RuleService::Update(const auth::Actor& actor, core::Id id, int version, const RuleDefinition& rule) {
  if (auto s = actor.Require("rule", auth::Action::kUpdate); !s.ok()) return s.error();
  if (auto problems = ValidateRule(rule, sources_); !problems.empty()) return ProblemsError(problems);
  auto saved = db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto row = tx.QueryOne(std::string(kSelect) + " WHERE r.id = ?", {id});
    if (!row) return core::Error::NotFound("rule");
    if (row->Int(8) != version) return core::Error::Stale("rule", static_cast<int>(row->Int(8)));
    if (tx.Exec("UPDATE workflow_rules SET name = ?, description = ?, trigger_topic = ?, condition = ?, actions = ?, "
                "enabled = ?, version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?",
                {rule.name, rule.description, rule.trigger_topic, rule.condition, json::serialize(rule.actions),
                 rule.enabled ? 1 : 0, actor.acting_user(), tx.Now(), id, version}) != 1)
      return core::Error::Stale("rule", version);
    SaveVersion(tx, actor, id, version + 1, rule);
    auth::RecordChange(tx, actor, {"rule", id, "update", RuleJson(*row), DefinitionJson(rule)});
    return core::Ok{};
  });
  if (!saved.ok()) return saved.error();
  return Get(actor, id);
}

core::Error ProblemsError(const std::vector<RuleProblem>& problems) {
  core::Error error{core::ErrorCode::kValidation, problems.front().message, {}};
  for (const auto& p : problems)
    error.fields.push_back({p.field, p.position ? "at position " + std::to_string(p.position) + ": " + p.message : p.message});
  return error;
}

json::value ProblemsJson(const std::vector<RuleProblem>& problems) {
  json::array errors;
  for (const auto& p : problems) {
    json::object e{{"field", p.field}, {"message", p.message}};
    if (p.position) e["position"] = p.position;
    errors.push_back(std::move(e));
  }
  return json::value(json::object{{"ok", problems.empty()}, {"errors", std::move(errors)}});
}

core::Result<json::value> RuleService::Validate(const auth::Actor& actor, const RuleDefinition& rule) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return ProblemsJson(ValidateRule(rule, sources_));
}

core::Result<json::value> RuleService::Topics(const auth::Actor& actor) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  json::array items;
  for (const auto& t : TriggerTopics()) {
    json::array fields;
    for (const auto& [name, type] : TriggerFields(t, sources_))
      fields.push_back({{"name", name}, {"type", std::string(ExprTypeName(type))}});
    items.push_back({{"topic", t.topic}, {"object", t.object}, {"fields", std::move(fields)}});
  }
  return json::value(json::object{{"items", std::move(items)}});
}

core::Result<json::value> RuleService::Runs(const auth::Actor& actor, core::Id id, int limit) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    if (!tx.QueryOne("SELECT id FROM workflow_rules WHERE id = ?", {id})) return core::Error::NotFound("rule");
    json::array items;
    for (const auto& r : tx.Query("SELECT id, event_id, topic, object, object_id, status, attempts, error, result, "
                                  "created_at, finished_at, rule_version, object_label FROM workflow_rule_runs WHERE rule_id = ? "
                                  "ORDER BY created_at DESC, id DESC LIMIT ?",
                                  {id, limit})) {
      boost::system::error_code ec;
      json::value result = r.IsNull(8) ? json::value(nullptr) : json::parse(r.Str(8), ec);
      items.push_back({{"id", core::IdValue(r.Int(0))},
                       {"event_id", core::IdValue(r.Int(1))},
                       {"topic", r.Str(2)},
                       {"object", r.IsNull(3) ? json::value(nullptr) : json::value(r.Str(3))},
                       {"object_id", core::OptionalIdValue(r.OptInt(4))},
                       {"object_label", r.IsNull(12) ? json::value(nullptr) : json::value(r.Str(12))},
                       {"status", r.Str(5)},
                       {"attempts", r.Int(6)},
                       {"error", r.IsNull(7) ? json::value(nullptr) : json::value(r.Str(7))},
                       {"result", ec ? json::value(nullptr) : result},
                       {"created_at", core::TimeValue(r.Int(9))},
                       {"finished_at", core::OptionalTimeValue(r.OptInt(10))},
                       {"rule_version", r.Int(11)}});
    }
    return json::value(json::object{{"items", std::move(items)}});
  });
}

core::Result<json::value> RuleService::RunNow(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("rule", auth::Action::kUpdate); !s.ok()) return s.error();
  auto topic = db_.Read<std::string>([&](store::Tx& tx) -> core::Result<std::string> {
    auto row = tx.QueryOne("SELECT trigger_topic FROM workflow_rules WHERE id = ?", {id});
    if (!row) return core::Error::NotFound("rule");
    return row->Str(0);
  });
  if (!topic.ok()) return topic.error();
  if (topic->rfind("daily.", 0) != 0)
    return core::Error{core::ErrorCode::kFailedPrecondition, "only daily rules run on demand; others wait for their event", {}};
  auto queued = QueueScheduledRuns(db_, sources_, id);
  if (!queued.ok()) return queued.error();
  return json::value(json::object{{"queued", queued.value()}});
}

core::Result<json::value> RuleService::TestRun(const auth::Actor& actor, core::Id id, core::Id object_id) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto row = tx.QueryOne("SELECT trigger_topic, condition, actions FROM workflow_rules WHERE id = ?", {id});
    if (!row) return core::Error::NotFound("rule");
    const TriggerTopic* topic = FindTopic(row->Str(0));
    if (!topic) return core::Error::Validation("trigger_topic", "unknown topic " + row->Str(0));
    const RecordSource& source = sources_.at(topic->object);
    auto facts = source.load(tx, object_id);
    if (!facts) return core::Error::Validation("object_id", "no " + topic->object + " with this id");
    // A test run has no event: `before.*` fields read as null.
    auto condition = ParseCondition(row->Str(1), TriggerFields(*topic, sources_));
    if (auto* error = std::get_if<ExprError>(&condition))
      return core::Error::Validation("condition", "at position " + std::to_string(error->position) + ": " + error->message);
    const auto& expression = std::get<std::optional<Expression>>(condition);
    const std::int64_t today = tx.Now() / kDayMs;
    json::object out{{"object", topic->object}, {"object_id", core::IdValue(object_id)}, {"label", facts->label}};
    json::object fields;
    if (expression) {
      for (const auto& f : expression->fields()) {
        auto it = facts->values.find(f);
        fields[f] = it == facts->values.end() ? json::value(nullptr) : json::value(FormatExprValue(it->second));
      }
    }
    out["fields"] = std::move(fields);
    const bool matched = !expression || expression->Holds(facts->values, today);
    out["matched"] = matched;
    out["condition_value"] = expression ? json::value(FormatExprValue(expression->Evaluate(facts->values, today)))
                                        : json::value("true");
    json::array actions;
    if (matched) {
      ActionContext context{sources_, topic->object, object_id, *facts, id};
      const json::value definitions = json::parse(row->Str(2));
      for (const auto& a : definitions.as_array()) {
        auto described = RunAction(tx, context, a.as_object(), /*dry_run=*/true);
        actions.push_back(described.ok() ? described.value()
                                         : json::value{{"type", a.as_object().at("type")}, {"error", described.error().message}});
      }
    }
    out["actions"] = std::move(actions);
    return json::value(std::move(out));
  });
}

core::Status SeedBuiltInRules(store::Database& db) {
  return db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
    for (const auto& b : BuiltIns()) {
      if (tx.QueryOne("SELECT id FROM workflow_rules WHERE builtin_key = ?", {b.key})) continue;
      const core::Id id = tx.NewId();
      tx.Exec("INSERT INTO workflow_rules (id, name, description, trigger_topic, condition, actions, enabled, builtin_key, "
              "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 1, ?, ?)",
              {id, b.rule.name, b.rule.description, b.rule.trigger_topic, b.rule.condition,
               json::serialize(b.rule.actions), b.key, tx.Now(), tx.Now()});
      SaveVersion(tx, auth::Actor::System(), id, 1, b.rule);
    }
    return core::Ok{};
  });
}

}  // namespace salient::workflow
