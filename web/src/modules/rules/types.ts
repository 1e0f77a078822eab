/** Who gets a rule's task or notification, besides a role's queue. */
export type RulePerson = 'owner' | 'zone_manager';

export type CreateTaskAction = {
  type: 'create_task';
  task_type: string;
  department: string;
  /** Exactly one of `queue_role` (a role's queue) and `assignee` (a person of the record). */
  queue_role?: string;
  assignee?: RulePerson;
  title: string;
  body?: string;
  due_hours?: number;
};

export type NotifyAction = {
  type: 'notify';
  /** `owner`, `zone_manager` or `role:NAME`. */
  to: string;
  title: string;
  body?: string;
};

export type SetFieldAction = { type: 'set_field'; field: string; value: unknown };

/** A message on the record's thread, written by "Salient". */
export type PostMessageAction = { type: 'post_message'; body: string };

/** One signed delivery to a webhook (topic `rule.<object>`). */
export type CallWebhookAction = { type: 'call_webhook'; webhook_id: string };

/** An approval step: steps with the same `seq` run in parallel; a zone_manager step goes to the record's zone. */
export type ApprovalStepSpec = { seq: number; role: string; label?: string };

/** An approval request on the record, with 1–5 steps. */
export type StartApprovalAction = { type: 'start_approval'; title: string; steps: ApprovalStepSpec[] };

/** One step of a rule (docs/api.md, "Rules"). Titles and bodies may use `{{quote.number}}` placeholders. */
export type RuleAction = CreateTaskAction | NotifyAction | SetFieldAction | PostMessageAction | CallWebhookAction | StartApprovalAction;
export type RuleActionType = RuleAction['type'];

/** What a rule is: the part that is validated, saved and versioned. */
export type RuleDefinition = {
  name: string;
  description: string;
  trigger_topic: string;
  condition: string;
  actions: RuleAction[];
  enabled: boolean;
};

export type RuleVersion = {
  version: number;
  definition: RuleDefinition;
  saved_by_name: string | null;
  saved_at: string;
};

/** `rule` as the API returns it. */
export type Rule = RuleDefinition & {
  id: string;
  /** Set on the shipped flows (credit check, stocking…): they may be edited or disabled, not deleted. */
  builtin_key: string | null;
  version: number;
  updated_at: string;
  updated_by_name: string | null;
  /** On GET by id, newest first. */
  versions?: RuleVersion[];
};

export type FieldType = 'number' | 'text' | 'date' | 'bool' | string;
export type TopicField = { name: string; type: FieldType };

/** `GET /rules/topics`: a trigger topic, the kind of record it carries and the fields a condition may use. */
export type RuleTopic = { topic: string; object: string; fields: TopicField[] };

/** A problem `POST /rules/validate` (or a refused save) names: `condition`, `actions[2].title`… */
export type RuleProblem = { field: string; message: string; position?: number };

export type RuleValidation = { ok: boolean; errors: RuleProblem[] };

export type RuleRunStatus = 'queued' | 'done' | 'skipped' | 'failed' | 'loop_stopped';

/** What one action did in a run (or would do in a test run). */
export type ActionOutcome = {
  type: string;
  task_type?: string;
  department?: string;
  title?: string;
  body?: string;
  queue_role?: string | null;
  assignee_name?: string | null;
  due_at?: string | null;
  task_id?: string;
  skipped?: string;
  recipients?: string[];
  field?: string;
  value?: unknown;
  record_id?: string;
  /** call_webhook: the webhook's name and (when run) the delivery. */
  webhook?: string;
  delivery_id?: string;
  /** start_approval: its steps and (when run) the request. */
  steps?: { seq: number; role: string }[];
  approval_id?: string;
  error?: string;
};

export type RuleRun = {
  id: string;
  event_id: string;
  topic: string;
  object: string | null;
  object_id: string | null;
  /** The record in words ("QT-20261127-000123 · 杭州百货"); null for runs logged before labels were kept. */
  object_label?: string | null;
  status: RuleRunStatus | string;
  attempts: number;
  error: string | null;
  /** `{actions: [...]}` when done, `{reason}` when skipped, `{runs_last_minute}` when a loop was stopped. */
  result: { actions?: ActionOutcome[]; reason?: string; runs_last_minute?: number } | null;
  created_at: string;
  finished_at: string | null;
  rule_version?: number;
};

/** `POST /rules/{id}/test-run`: what the saved rule would do for one record, nothing written. */
export type TestRunResult = {
  object: string;
  object_id: string;
  label: string;
  /** The fields the condition reads, as the condition sees them (money in yuan, dates as dates). */
  fields: Record<string, string | null>;
  matched: boolean;
  condition_value: string;
  actions: ActionOutcome[];
};
