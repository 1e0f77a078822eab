import { describe, expect, it } from 'vitest';
import { describeOutcome } from './actionOutcome';

describe('describeOutcome', () => {
  it('reads a created task for a queue', () => {
    expect(
      describeOutcome({
        type: 'create_task',
        task_type: 'credit_check',
        title: '信用审核：Q-1',
        queue_role: 'finance',
        assignee_name: null,
        due_at: '2026-11-28T10:00:00Z',
        task_id: '77',
      }),
    ).toEqual({ kind: 'task', title: '信用审核：Q-1', queueRole: 'finance', assignee: null, dueAt: '2026-11-28T10:00:00Z', taskId: '77' });
  });

  it('reads a task for a person, and one skipped because one is open', () => {
    expect(describeOutcome({ type: 'create_task', title: 't', queue_role: null, assignee_name: '王芳' })).toMatchObject({
      kind: 'task',
      assignee: '王芳',
      taskId: null,
    });
    expect(describeOutcome({ type: 'create_task', title: 't', skipped: 'an open task of this type exists', task_id: '5' })).toEqual({
      kind: 'taskSkipped',
      title: 't',
      taskId: '5',
    });
  });

  it('reads notifications, field changes and failures', () => {
    expect(describeOutcome({ type: 'notify', title: 'n', recipients: ['甲', '乙'] })).toEqual({ kind: 'notify', title: 'n', recipients: ['甲', '乙'] });
    expect(describeOutcome({ type: 'notify', title: 'n' })).toMatchObject({ recipients: [] });
    expect(describeOutcome({ type: 'set_field', field: 'customer.status', value: 'dormant' })).toEqual({
      kind: 'setField',
      field: 'customer.status',
      value: 'dormant',
    });
    expect(describeOutcome({ type: 'set_field', field: 'customer.status', value: null })).toMatchObject({ value: 'null' });
    expect(describeOutcome({ type: 'create_task', error: 'the record has no owner' })).toEqual({
      kind: 'failed',
      type: 'create_task',
      error: 'the record has no owner',
    });
    expect(describeOutcome({ type: 'webhook' })).toEqual({ kind: 'other', type: 'webhook' });
  });

  it('reads messages, webhook calls and approvals', () => {
    expect(describeOutcome({ type: 'post_message', body: '已提交' })).toEqual({ kind: 'message', body: '已提交' });
    expect(describeOutcome({ type: 'call_webhook', webhook: 'ERP', delivery_id: '8' })).toEqual({ kind: 'webhook', webhook: 'ERP', deliveryId: '8' });
    expect(describeOutcome({ type: 'call_webhook', webhook: 'ERP' })).toMatchObject({ deliveryId: null });
    expect(describeOutcome({ type: 'start_approval', title: 'a', steps: [{ seq: 1, role: 'finance' }], approval_id: '3' })).toEqual({
      kind: 'approval',
      title: 'a',
      steps: [{ seq: 1, role: 'finance' }],
      approvalId: '3',
    });
  });
});
