import { describe, expect, it } from 'vitest';
import { cleanAction, definitionFromDraft, draftFromDefinition, moveAction, newAction, newDraft, sameDefinition } from './ruleDraft';
import type { RuleDefinition } from './types';

const credit: RuleDefinition = {
  name: '信用检查 Credit check',
  description: '',
  trigger_topic: 'quote.submitted',
  condition: 'customer.credit_used + quote.total > customer.credit_limit',
  enabled: true,
  actions: [
    { type: 'create_task', task_type: 'credit_check', department: 'finance', queue_role: 'finance', title: '信用审核：{{quote.number}}', due_hours: 8 },
    { type: 'notify', to: 'owner', title: 'x' },
  ],
};

describe('rule drafts', () => {
  it('round-trips a definition with a key per action', () => {
    const draft = draftFromDefinition(credit);
    expect(draft.actions).toHaveLength(2);
    expect(new Set(draft.actions.map((a) => a.key)).size).toBe(2);
    expect(definitionFromDraft(draft)).toEqual(credit);
  });

  it('starts a new rule with one task for the owner', () => {
    const draft = newDraft();
    expect(draft.trigger_topic).toBe('quote.submitted');
    expect(draft.actions.map((a) => a.action.type)).toEqual(['create_task']);
  });

  it('trims the name and description', () => {
    const draft = { ...draftFromDefinition(credit), name: '  规则  ', description: ' 说明 ' };
    expect(definitionFromDraft(draft)).toMatchObject({ name: '规则', description: '说明' });
  });
});

describe('cleanAction', () => {
  it('sends a task to a queue or a person, never both', () => {
    expect(
      cleanAction({ type: 'create_task', task_type: ' x ', department: 'sales', queue_role: 'finance', assignee: 'owner', title: 't' }),
    ).toEqual({ type: 'create_task', task_type: 'x', department: 'sales', queue_role: 'finance', title: 't' });
    expect(cleanAction({ type: 'create_task', task_type: 'x', department: 'sales', assignee: 'zone_manager', title: 't' })).toEqual({
      type: 'create_task',
      task_type: 'x',
      department: 'sales',
      assignee: 'zone_manager',
      title: 't',
    });
  });

  it('leaves out an empty body and an unset due time', () => {
    expect(
      cleanAction({ type: 'create_task', task_type: 'x', department: 'sales', assignee: 'owner', title: 't', body: '  ', due_hours: undefined }),
    ).toEqual({ type: 'create_task', task_type: 'x', department: 'sales', assignee: 'owner', title: 't' });
    expect(cleanAction({ type: 'notify', to: 'role:finance', title: 't', body: '' })).toEqual({ type: 'notify', to: 'role:finance', title: 't' });
  });

  it('keeps a set_field value as it is', () => {
    expect(cleanAction({ type: 'set_field', field: 'customer.status', value: 'dormant' })).toEqual({
      type: 'set_field',
      field: 'customer.status',
      value: 'dormant',
    });
  });

  it('gives each new action its defaults', () => {
    expect(newAction('notify')).toEqual({ type: 'notify', to: 'owner', title: '' });
    expect(newAction('set_field')).toMatchObject({ field: 'customer.status' });
    expect(newAction('create_task')).toMatchObject({ assignee: 'owner', due_hours: 24 });
  });
});

describe('moveAction', () => {
  it('moves within the list only', () => {
    expect(moveAction(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveAction(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moveAction(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveAction(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('sameDefinition', () => {
  it('ignores what the server ignores', () => {
    const a = credit;
    const b = { ...credit, name: ` ${credit.name} `, actions: credit.actions.map((x) => ({ ...x, body: '' })) };
    expect(sameDefinition(a, b as RuleDefinition)).toBe(true);
    expect(sameDefinition(a, { ...credit, condition: 'true' })).toBe(false);
  });
});

describe('the other actions', () => {
  it('start with their defaults', () => {
    expect(newAction('post_message')).toEqual({ type: 'post_message', body: '' });
    expect(newAction('call_webhook')).toEqual({ type: 'call_webhook', webhook_id: '' });
    expect(newAction('start_approval')).toEqual({ type: 'start_approval', title: '', steps: [{ seq: 1, role: 'zone_manager' }] });
  });

  it('leave out an empty step label', () => {
    expect(
      cleanAction({
        type: 'start_approval',
        title: 'a',
        steps: [
          { seq: 1, role: 'finance', label: ' ' },
          { seq: 1, role: 'zone_manager', label: ' 经理 ' },
        ],
      }),
    ).toEqual({ type: 'start_approval', title: 'a', steps: [{ seq: 1, role: 'finance' }, { seq: 1, role: 'zone_manager', label: '经理' }] });
  });

  it('keep a kind the UI does not know as it is', () => {
    const unknown = { type: 'future', x: 1 } as unknown as Parameters<typeof cleanAction>[0];
    expect(cleanAction(unknown)).toBe(unknown);
    expect(cleanAction({ type: 'call_webhook', webhook_id: '9' })).toEqual({ type: 'call_webhook', webhook_id: '9' });
  });
});
