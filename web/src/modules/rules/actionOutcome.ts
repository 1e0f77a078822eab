import type { ActionOutcome } from './types';

/** What an action did (a run) or would do (a test run), as a sentence key and its parts. */
export type OutcomeLine =
  | { kind: 'task'; title: string; queueRole: string | null; assignee: string | null; dueAt: string | null; taskId: string | null }
  | { kind: 'taskSkipped'; title: string; taskId: string | null }
  | { kind: 'notify'; title: string; recipients: string[] }
  | { kind: 'setField'; field: string; value: string }
  | { kind: 'message'; body: string }
  | { kind: 'webhook'; webhook: string; deliveryId: string | null }
  | { kind: 'approval'; title: string; steps: { seq: number; role: string }[]; approvalId: string | null }
  | { kind: 'failed'; type: string; error: string }
  | { kind: 'other'; type: string };

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reads one entry of `result.actions` (or a test run's `actions`). */
export function describeOutcome(o: ActionOutcome): OutcomeLine {
  if (o.error) return { kind: 'failed', type: text(o.type), error: o.error };
  if (o.type === 'create_task') {
    const taskId = o.task_id ?? null;
    if (o.skipped) return { kind: 'taskSkipped', title: text(o.title), taskId };
    return {
      kind: 'task',
      title: text(o.title),
      queueRole: o.queue_role ?? null,
      assignee: o.assignee_name || null,
      dueAt: o.due_at ?? null,
      taskId,
    };
  }
  if (o.type === 'notify') return { kind: 'notify', title: text(o.title), recipients: Array.isArray(o.recipients) ? o.recipients : [] };
  if (o.type === 'set_field') return { kind: 'setField', field: text(o.field), value: valueText(o.value) };
  if (o.type === 'post_message') return { kind: 'message', body: text(o.body) };
  if (o.type === 'call_webhook') return { kind: 'webhook', webhook: text(o.webhook), deliveryId: o.delivery_id ?? null };
  if (o.type === 'start_approval') {
    return { kind: 'approval', title: text(o.title), steps: Array.isArray(o.steps) ? o.steps : [], approvalId: o.approval_id ?? null };
  }
  return { kind: 'other', type: text(o.type) };
}
