-- Scheduled rules (reminders) run once per record and day: the key says which.
ALTER TABLE workflow_rule_runs ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX workflow_rule_runs_dedupe ON workflow_rule_runs (rule_id, dedupe_key);
