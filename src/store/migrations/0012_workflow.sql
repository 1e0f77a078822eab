-- Cross-department flow: authority limits, approvals, tasks and event rules.

-- The "power list": per zone (NULL = every zone) and product line ('' = every line), how
-- far a rep and a zone manager may discount, above which quote total the director must
-- approve, and the lowest net price as a share of list price. Shares are basis points.
CREATE TABLE authority_limits (
  id BIGINT PRIMARY KEY,
  zone_id BIGINT REFERENCES zones(id),
  product_line TEXT NOT NULL DEFAULT '',
  rep_max_discount_bp INTEGER NOT NULL CHECK (rep_max_discount_bp BETWEEN 0 AND 10000),
  manager_max_discount_bp INTEGER NOT NULL CHECK (manager_max_discount_bp BETWEEN 0 AND 10000),
  director_above_amount BIGINT CHECK (director_above_amount >= 0),
  price_floor_bp INTEGER NOT NULL DEFAULT 0 CHECK (price_floor_bp BETWEEN 0 AND 10000),
  discount_forbidden SMALLINT NOT NULL DEFAULT 0,
  updated_by BIGINT REFERENCES users(id),
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX authority_limits_key ON authority_limits (COALESCE(zone_id, 0), product_line);

-- Company default: reps 10%, managers 20%, the director above 100,000.00, never below half
-- of list price.
INSERT INTO authority_limits (id, zone_id, product_line, rep_max_discount_bp, manager_max_discount_bp,
                              director_above_amount, price_floor_bp, discount_forbidden, updated_at)
VALUES (1, NULL, '', 1000, 2000, 10000000, 5000, 0, 0);

-- An approval request on a record, decided step by step. Steps with the same seq run in
-- parallel (all must approve); a higher seq starts when the lower one is done.
CREATE TABLE approval_requests (
  id BIGINT PRIMARY KEY,
  object TEXT NOT NULL,
  object_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  reason TEXT NOT NULL,                 -- JSON: why approval is needed
  submitter_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  amount BIGINT,
  currency TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'recalled')),
  current_seq INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  decided_at BIGINT
);
CREATE INDEX approval_requests_object ON approval_requests (object, object_id);
CREATE INDEX approval_requests_status ON approval_requests (status, created_at);
CREATE INDEX approval_requests_submitter ON approval_requests (submitter_id, created_at);

CREATE TABLE approval_steps (
  id BIGINT PRIMARY KEY,
  request_id BIGINT NOT NULL REFERENCES approval_requests(id),
  seq INTEGER NOT NULL,
  label TEXT NOT NULL,
  approver_role TEXT NOT NULL,
  approver_zone_id BIGINT REFERENCES zones(id),   -- NULL: any zone
  approver_user_id BIGINT REFERENCES users(id),   -- set by delegation: only this user
  delegated_by BIGINT REFERENCES users(id),
  status TEXT NOT NULL CHECK (status IN ('waiting', 'pending', 'approved', 'rejected', 'cancelled')),
  due_at BIGINT,
  escalated_at BIGINT,                            -- past due: the sales directors may decide too
  decided_by BIGINT REFERENCES users(id),
  comment TEXT,
  decided_at BIGINT
);
CREATE INDEX approval_steps_request ON approval_steps (request_id, seq);
CREATE INDEX approval_steps_open ON approval_steps (status, approver_role);

-- Work for a person or a role's queue, linked to the record it is about.
CREATE TABLE tasks (
  id BIGINT PRIMARY KEY,
  type TEXT NOT NULL,                   -- credit_check | stocking | logistics_booking | follow_up | ...
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL,             -- finance | warehouse | logistics | sales | service
  queue_role TEXT,                      -- unclaimed queue work: anyone with this role may claim
  assignee_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  object TEXT,
  object_id BIGINT,
  object_label TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  due_at BIGINT,
  outcome TEXT,
  rule_id BIGINT,
  created_by BIGINT REFERENCES users(id),
  completed_by BIGINT REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  claimed_at BIGINT,
  completed_at BIGINT
);
CREATE INDEX tasks_assignee ON tasks (assignee_id, status, due_at);
CREATE INDEX tasks_queue ON tasks (queue_role, status, due_at);
CREATE INDEX tasks_object ON tasks (object, object_id);
CREATE INDEX tasks_completed ON tasks (department, completed_at);

CREATE TABLE task_comments (
  id BIGINT PRIMARY KEY,
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  author_id BIGINT REFERENCES users(id),
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX task_comments_task ON task_comments (task_id, created_at);

-- Event rules: when `trigger_topic` happens and `condition` (the rule expression language)
-- holds for the record, run `actions` (JSON array). Every save is kept as a version.
CREATE TABLE workflow_rules (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  trigger_topic TEXT NOT NULL,
  condition TEXT NOT NULL DEFAULT '',
  actions TEXT NOT NULL,
  enabled SMALLINT NOT NULL DEFAULT 1,
  builtin_key TEXT UNIQUE,
  version INTEGER NOT NULL DEFAULT 1,
  updated_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX workflow_rules_topic ON workflow_rules (trigger_topic, enabled);

CREATE TABLE workflow_rule_versions (
  rule_id BIGINT NOT NULL REFERENCES workflow_rules(id),
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,             -- JSON of the rule as saved
  saved_by BIGINT REFERENCES users(id),
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (rule_id, version)
);

-- One run per (rule, event): the unique key makes event processing idempotent.
CREATE TABLE workflow_rule_runs (
  id BIGINT PRIMARY KEY,
  rule_id BIGINT NOT NULL REFERENCES workflow_rules(id),
  rule_version INTEGER NOT NULL,
  event_id BIGINT NOT NULL,
  topic TEXT NOT NULL,
  object TEXT,
  object_id BIGINT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'done', 'skipped', 'failed', 'loop_stopped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  result TEXT,                          -- JSON: what the actions did
  created_at BIGINT NOT NULL,
  finished_at BIGINT,
  UNIQUE (rule_id, event_id)
);
CREATE INDEX workflow_rule_runs_rule ON workflow_rule_runs (rule_id, created_at);
CREATE INDEX workflow_rule_runs_object ON workflow_rule_runs (rule_id, object_id, created_at);
