import { describe, expect, it } from 'vitest';
import { parseTaskView, taskActions, taskViewParams } from './taskFilters';

describe('task view in the address', () => {
  it('defaults to my tasks of every status', () => {
    expect(parseTaskView(new URLSearchParams())).toEqual({ mine: true });
    expect(taskViewParams({ mine: true }).toString()).toBe('');
  });

  it('round-trips filters and the mine switch', () => {
    const view = { mine: false, status: 'open', type: 'credit_check', department: 'finance' };
    const params = taskViewParams(view);
    expect(params.toString()).toBe('mine=0&status=open&type=credit_check&department=finance');
    expect(parseTaskView(params)).toEqual(view);
    expect(parseTaskView(new URLSearchParams('status=&type=%20'))).toEqual({ mine: true });
  });
});

describe('taskActions', () => {
  const task = (status: string, queue_role: string | null, assignee_id: string | null) => ({ status, queue_role, assignee_id });
  const clerk = { id: '7', role: 'finance', update: true };

  it('offers claim on unclaimed work of my role\'s queue', () => {
    expect(taskActions(task('open', 'finance', null), clerk)).toEqual(['claim', 'complete', 'cancel']);
    expect(taskActions(task('open', 'warehouse', null), clerk)).toEqual([]);
  });

  it('lets the assignee complete or cancel', () => {
    expect(taskActions(task('in_progress', 'finance', '7'), clerk)).toEqual(['complete', 'cancel']);
    expect(taskActions(task('open', null, '7'), clerk)).toEqual(['complete', 'cancel']);
    expect(taskActions(task('in_progress', 'finance', '8'), clerk)).toEqual([]);
  });

  it('offers nothing on finished tasks or without update', () => {
    expect(taskActions(task('done', 'finance', null), clerk)).toEqual([]);
    expect(taskActions(task('cancelled', null, '7'), clerk)).toEqual([]);
    expect(taskActions(task('open', 'finance', null), { ...clerk, update: false })).toEqual([]);
  });
});
