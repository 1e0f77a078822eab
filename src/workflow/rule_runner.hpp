#pragma once
// Runs event rules, at least once and idempotently. The outbox consumer "workflow_rules"
// records one run per (rule, event) — a unique key, so a redelivered event adds nothing —
// and queues a durable job for it. The job evaluates the condition and does the actions
// in one transaction with the run's status, so a crash mid-run leaves the run queued and
// it is redone whole; a failing action rolls back, the run shows `failed` with the error
// and the job retries with backoff. A rule that keeps firing on the same record (more
// than kLoopLimit runs in a minute) is stopped for that record.
#include "store/jobs.hpp"
#include "store/outbox_consumer.hpp"
#include "workflow/record_source.hpp"

namespace salient::workflow {

constexpr int kLoopLimit = 5;
constexpr std::string_view kRuleRunJob = "workflow.rule_run";

// The consumer's handler: queues the runs of the enabled rules hanging on the event.
store::OutboxConsumer::Handler QueueRuleRuns();

// Scheduled (daily.*) rules: queues one run per matching live record and day; with
// `rule_id` only that rule. Returns how many runs were queued.
core::Result<int> QueueScheduledRuns(store::Database& db, const RecordSources& sources,
                                     std::optional<core::Id> rule_id = std::nullopt);

// Does one queued run (what the job calls).
core::Status ExecuteRuleRun(store::Database& db, const RecordSources& sources, core::Id run_id);

// Registers the rule-run job, the daily reminder scan (01:30 UTC) and the approval
// escalation job (every 5 minutes).
void RegisterWorkflowJobs(store::JobRunner& jobs, store::Database& db, const RecordSources& sources);

}  // namespace salient::workflow
