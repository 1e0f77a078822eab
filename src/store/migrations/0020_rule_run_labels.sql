-- What a rule run was about, in words ("QT-20261127-000123 · 杭州百货"), kept with the run
-- so the run log reads without loading every record again.
ALTER TABLE workflow_rule_runs ADD COLUMN object_label TEXT;
