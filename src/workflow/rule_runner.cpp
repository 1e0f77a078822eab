#include "workflow/rule_runner.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "core/json.hpp"
#include "workflow/approval_service.hpp"
#include "workflow/rule_actions.hpp"
#include "workflow/rule_service.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

constexpr core::Millis kDayMs = 24LL * 3600 * 1000;
constexpr core::Millis kLoopWindowMs = 60 * 1000;
constexpr core::Millis kEscalationEveryMs = 5 * 60 * 1000;
constexpr std::string_view kEscalationJob = "approvals.escalate";
constexpr std::string_view kDailyJob = "workflow.daily_rules";

void Finish(store::Tx& tx, core::Id run_id, std::string_view status, const json::value& result,
            std::optional<std::string> error = std::nullopt) {
  tx.Exec("UPDATE workflow_rule_runs SET status = ?, attempts = attempts + 1, result = ?, error = ?, finished_at = ? "
          "WHERE id = ?",
          {status, json::serialize(result), error, tx.Now(), run_id});
}

void EnqueueEscalation(store::Tx& tx) {
  const core::Millis next = (tx.Now() / kEscalationEveryMs + 1) * kEscalationEveryMs;
  store::EnqueueJob(tx, kEscalationJob, "{}",
                    {.run_at = next, .max_attempts = 3, .dedupe_key = "escalate:" + std::to_string(next)});
}

void EnqueueDaily(store::Tx& tx) {
  const core::Millis next = (tx.Now() / kDayMs + 1) * kDayMs + 90 * 60 * 1000;  // 01:30 UTC, 09:30 in China
  store::EnqueueJob(tx, kDailyJob, "{}",
                    {.run_at = next, .max_attempts = 3, .dedupe_key = "daily_rules:" + std::to_string(next / kDayMs)});
}

void EnqueueRun(store::Tx& tx, core::Id run_id) {
  store::EnqueueJob(tx, kRuleRunJob, json::serialize(json::object{{"run_id", core::IdToString(run_id)}}),
                    {.max_attempts = 6, .dedupe_key = "rule_run:" + core::IdToString(run_id)});
}

}  // namespace

core::Result<int> QueueScheduledRuns(store::Database& db, const RecordSources& sources, std::optional<core::Id> rule_id) {
  return db.Write<int>([&](store::Tx& tx) -> core::Result<int> {
    int queued = 0;
    const std::int64_t today = tx.Now() / kDayMs;
    std::string sql = "SELECT id, version, trigger_topic, condition FROM workflow_rules WHERE trigger_topic LIKE 'daily.%' "
                      "AND enabled = 1";
    std::vector<store::Value> params;
    if (rule_id) {
      sql += " AND id = ?";
      params.push_back(*rule_id);
    }
    for (const auto& rule : tx.Query(sql, params)) {
      const std::string object = rule.Str(2).substr(6);
      auto source = sources.find(object);
      if (source == sources.end() || !source->second.scan) continue;
      const TriggerTopic* topic = FindTopic(rule.Str(2));
      if (!topic) continue;
      auto condition = ParseCondition(rule.Str(3), TriggerFields(*topic, sources));
      if (std::holds_alternative<ExprError>(condition)) continue;  // shows as failed when run by hand
      const auto& expression = std::get<std::optional<Expression>>(condition);
      for (core::Id id : source->second.scan(tx)) {
        if (expression) {
          auto facts = source->second.load(tx, id);
          if (!facts || !expression->Holds(facts->values, today)) continue;
        }
        const core::Id run_id = tx.NewId();
        if (tx.Exec("INSERT INTO workflow_rule_runs (id, rule_id, rule_version, event_id, topic, object, object_id, status, "
                    "attempts, created_at, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?) "
                    "ON CONFLICT (rule_id, dedupe_key) DO NOTHING",
                    {run_id, rule.Int(0), rule.Int(1), run_id, rule.Str(2), object, id, tx.Now(),
                     std::to_string(today) + ":" + core::IdToString(id)}) != 1)
          continue;  // already reminded today
        EnqueueRun(tx, run_id);
        ++queued;
      }
    }
    return queued;
  });
}

store::OutboxConsumer::Handler QueueRuleRuns() {
  return [](store::Tx& tx, const store::Event& event) -> core::Status {
    if (!event.object_id) return core::Ok{};
    for (const auto& r : tx.Query("SELECT id, version FROM workflow_rules WHERE trigger_topic = ? AND enabled = 1",
                                  {event.topic})) {
      const core::Id run_id = tx.NewId();
      const auto inserted = tx.Exec(
          "INSERT INTO workflow_rule_runs (id, rule_id, rule_version, event_id, topic, object, object_id, status, "
          "attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?) ON CONFLICT (rule_id, event_id) DO NOTHING",
          {run_id, r.Int(0), r.Int(1), event.id, event.topic, event.object, *event.object_id, tx.Now()});
      if (inserted != 1) continue;  // this event was already seen: nothing to add
      EnqueueRun(tx, run_id);
    }
    return core::Ok{};
  };
}

core::Status ExecuteRuleRun(store::Database& db, const RecordSources& sources, core::Id run_id) {
  std::string failure;
  std::optional<std::string> label;
  auto done = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto run = tx.QueryOne("SELECT r.status, r.rule_id, r.object, r.object_id, w.condition, w.actions, w.trigger_topic, "
                           "r.event_id FROM workflow_rule_runs r JOIN workflow_rules w ON w.id = r.rule_id WHERE r.id = ?",
                           {run_id});
    if (!run) return core::Ok{};
    const std::string status = run->Str(0);
    if (status != "queued" && status != "failed") return core::Ok{};  // finished before: at least once, done once
    const core::Id rule_id = run->Int(1);
    const std::string object = run->Str(2);
    const core::Id object_id = run->Int(3);
    auto source = sources.find(object);
    if (source == sources.end()) {
      Finish(tx, run_id, "skipped", json::object{{"reason", "rules do not read " + object + " records"}});
      return core::Ok{};
    }
    // A rule that keeps firing on one record (its own actions re-triggering it) is stopped.
    const auto recent = tx.QueryOne("SELECT COUNT(*) FROM workflow_rule_runs WHERE rule_id = ? AND object_id = ? AND "
                                    "status = 'done' AND finished_at > ?",
                                    {rule_id, object_id, tx.Now() - kLoopWindowMs})->Int(0);
    if (recent >= kLoopLimit) {
      Finish(tx, run_id, "loop_stopped", json::object{{"runs_last_minute", recent}},
             "stopped: the rule ran " + std::to_string(recent) + " times on this record within a minute");
      spdlog::warn("rule {} stopped looping on {} {}", rule_id, object, object_id);
      return core::Ok{};
    }
    auto facts = source->second.load(tx, object_id);
    if (!facts) {
      Finish(tx, run_id, "skipped", json::object{{"reason", "the record is gone"}});
      return core::Ok{};
    }
    label = facts->label;
    tx.Exec("UPDATE workflow_rule_runs SET object_label = ? WHERE id = ?", {label, run_id});
    const TriggerTopic* topic = FindTopic(run->Str(6));
    if (!topic) {
      Finish(tx, run_id, "skipped", json::object{{"reason", "the rule's topic is no longer offered"}});
      return core::Ok{};
    }
    const FieldTypes fields = TriggerFields(*topic, sources);
    if (auto event = tx.QueryOne("SELECT payload FROM outbox WHERE id = ?", {run->Int(7)}))
      AddBeforeValues(fields, event->Str(0), facts->values);
    auto condition = ParseCondition(run->Str(4), fields);
    if (auto* error = std::get_if<ExprError>(&condition)) {
      Finish(tx, run_id, "failed", nullptr, "condition at position " + std::to_string(error->position) + ": " + error->message);
      return core::Ok{};  // retrying cannot fix a broken rule
    }
    const auto& expression = std::get<std::optional<Expression>>(condition);
    if (expression && !expression->Holds(facts->values, tx.Now() / kDayMs)) {
      Finish(tx, run_id, "skipped", json::object{{"reason", "condition not met"}});
      return core::Ok{};
    }
    ActionContext context{sources, object, object_id, *facts, rule_id};
    json::array results;
    const json::value actions = json::parse(run->Str(5));
    for (const auto& action : actions.as_array()) {
      auto result = RunAction(tx, context, action.as_object(), /*dry_run=*/false);
      if (!result.ok()) {
        failure = std::string(action.as_object().at("type").as_string()) + ": " + result.error().message;
        return result.error();  // rolls back every action of this run
      }
      results.push_back(std::move(result).value());
    }
    Finish(tx, run_id, "done", json::object{{"actions", std::move(results)}});
    return core::Ok{};
  });
  if (done.ok()) return done;
  if (failure.empty()) failure = done.error().message;
  // Record the failure outside the rolled-back transaction, then let the job retry.
  (void)db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE workflow_rule_runs SET status = 'failed', attempts = attempts + 1, error = ?, "
            "object_label = COALESCE(?, object_label) WHERE id = ?",
            {failure, label, run_id});
    return core::Ok{};
  });
  return done;
}

void RegisterWorkflowJobs(store::JobRunner& jobs, store::Database& db, const RecordSources& sources) {
  jobs.Register(std::string(kRuleRunJob), [&db, &sources](const store::Job& job) -> core::Status {
    const auto payload = json::parse(job.payload);
    const auto run_id = core::ParseId(payload.at("run_id").as_string());
    if (!run_id) return core::Ok{};
    return ExecuteRuleRun(db, sources, *run_id);
  });
  jobs.Register(std::string(kEscalationJob), [&db](const store::Job&) -> core::Status {
    auto escalated = EscalateOverdueApprovals(db);
    (void)db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
      EnqueueEscalation(tx);
      return core::Ok{};
    });
    if (!escalated.ok()) return escalated.error();
    if (escalated.value() > 0) spdlog::info("approvals: escalated {} overdue steps", escalated.value());
    return core::Ok{};
  });
  jobs.Register(std::string(kDailyJob), [&db, &sources](const store::Job&) -> core::Status {
    auto queued = QueueScheduledRuns(db, sources);
    (void)db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
      EnqueueDaily(tx);
      return core::Ok{};
    });
    if (!queued.ok()) return queued.error();
    spdlog::info("reminder rules: {} runs queued", queued.value());
    return core::Ok{};
  });
  auto seeded = db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
    EnqueueEscalation(tx);
    EnqueueDaily(tx);
    return core::Ok{};
  });
  if (!seeded.ok()) spdlog::warn("could not schedule approval escalation: {}", seeded.error().message);
}

}  // namespace salient::workflow
