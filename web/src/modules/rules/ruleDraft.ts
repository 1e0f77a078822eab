import type { RuleAction, RuleActionType, RuleDefinition } from './types';

/** An action in the designer, with a key that survives reordering (the node's id). */
export type DraftAction = { key: string; action: RuleAction };

/** The rule being edited: its definition with keyed actions. */
export type RuleDraft = Omit<RuleDefinition, 'actions'> & { actions: DraftAction[] };

let lastKey = 0;
export function newActionKey(): string {
  lastKey += 1;
  return `a${lastKey}`;
}

export const EMPTY_DRAFT: Omit<RuleDraft, 'actions'> = {
  name: '',
  description: '',
  trigger_topic: 'quote.submitted',
  condition: '',
  enabled: true,
};

export function draftFromDefinition(definition: RuleDefinition): RuleDraft {
  return {
    name: definition.name,
    description: definition.description ?? '',
    trigger_topic: definition.trigger_topic,
    condition: definition.condition ?? '',
    enabled: definition.enabled,
    actions: (definition.actions ?? []).map((action) => ({ key: newActionKey(), action })),
  };
}

/** A new rule: a trigger, no condition, and one action to fill in. */
export function newDraft(): RuleDraft {
  return { ...EMPTY_DRAFT, actions: [{ key: newActionKey(), action: newAction('create_task') }] };
}

/** Every kind of action, in the order the designer offers them. */
export const ACTION_TYPES: RuleActionType[] = ['create_task', 'notify', 'set_field', 'post_message', 'call_webhook', 'start_approval'];

/** A fresh action of a kind, with sensible defaults (a follow-up task for the owner, a note to the owner…). */
export function newAction(type: RuleActionType): RuleAction {
  switch (type) {
    case 'create_task':
      return { type, task_type: 'follow_up', department: 'sales', assignee: 'owner', title: '', due_hours: 24 };
    case 'notify':
      return { type, to: 'owner', title: '' };
    case 'set_field':
      return { type, field: 'customer.status', value: 'active' };
    case 'post_message':
      return { type, body: '' };
    case 'call_webhook':
      return { type, webhook_id: '' };
    case 'start_approval':
      return { type, title: '', steps: [{ seq: 1, role: 'zone_manager' }] };
  }
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * One action as the server takes it: optional text left out when empty, a task for either
 * a role's queue or a person (never both), `due_hours` only when set.
 */
export function cleanAction(action: RuleAction): RuleAction {
  if (action.type === 'create_task') {
    const out: RuleAction = {
      type: 'create_task',
      task_type: action.task_type.trim(),
      department: action.department,
      title: action.title,
    };
    if (action.queue_role !== undefined) out.queue_role = action.queue_role;
    else if (action.assignee !== undefined) out.assignee = action.assignee;
    if (!blank(action.body)) out.body = action.body;
    if (typeof action.due_hours === 'number' && Number.isFinite(action.due_hours)) out.due_hours = action.due_hours;
    return out;
  }
  if (action.type === 'notify') {
    const out: RuleAction = { type: 'notify', to: action.to, title: action.title };
    if (!blank(action.body)) out.body = action.body;
    return out;
  }
  if (action.type === 'set_field') return { type: 'set_field', field: action.field, value: action.value };
  if (action.type === 'start_approval') {
    return {
      type: 'start_approval',
      title: action.title,
      steps: action.steps.map((s) => (blank(s.label) ? { seq: s.seq, role: s.role } : { seq: s.seq, role: s.role, label: s.label?.trim() })),
    };
  }
  // post_message, call_webhook, and kinds this UI does not know yet: as they are.
  return action;
}

/** The definition to validate or save. */
export function definitionFromDraft(draft: RuleDraft): RuleDefinition {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    trigger_topic: draft.trigger_topic,
    condition: draft.condition,
    enabled: draft.enabled,
    actions: draft.actions.map((a) => cleanAction(a.action)),
  };
}

/** The list with the action at `index` moved by `delta` places (kept inside the list). */
export function moveAction<T>(actions: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= actions.length || to < 0 || to >= actions.length) return [...actions];
  const out = [...actions];
  const [moved] = out.splice(index, 1);
  out.splice(to, 0, moved);
  return out;
}

/** Whether two definitions say the same (unsaved changes). */
export function sameDefinition(a: RuleDefinition, b: RuleDefinition): boolean {
  return JSON.stringify(definitionKey(a)) === JSON.stringify(definitionKey(b));
}

function definitionKey(d: RuleDefinition) {
  return [d.name.trim(), (d.description ?? '').trim(), d.trigger_topic, d.condition ?? '', d.enabled, (d.actions ?? []).map(cleanAction)];
}
