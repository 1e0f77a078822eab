import { describe, expect, it } from 'vitest';
import { countProblems, problemsByNode } from './ruleProblems';

describe('problemsByNode', () => {
  const problems = [
    { field: 'condition', message: "unknown field 'customer.foo'", position: 23 },
    { field: 'actions[0].task_type', message: '1–40 lowercase letters or _' },
    { field: 'actions[0].title', message: 'is required' },
    { field: 'actions[2].title', message: 'unknown field {{quote.nope}}' },
    { field: 'actions[1]', message: 'must be an object' },
    { field: 'trigger_topic', message: 'must be one of …' },
    { field: 'actions', message: 'add at least one action' },
    { field: 'name', message: 'is required' },
  ];

  it('puts each problem on its node', () => {
    const placed = problemsByNode(problems, ['k0', 'k1', 'k2']);
    expect(placed.condition).toEqual([problems[0]]);
    expect(placed.condition[0].position).toBe(23);
    expect(placed.trigger.map((p) => p.message)).toEqual(['must be one of …']);
    expect(Object.keys(placed.actions.get('k0') ?? {})).toEqual(['task_type', 'title']);
    expect(placed.actions.get('k2')?.title.message).toBe('unknown field {{quote.nope}}');
    expect(placed.actions.get('k1')?.[''].message).toBe('must be an object');
    expect(placed.actionList.map((p) => p.message)).toEqual(['add at least one action']);
    expect(placed.rule.map((p) => p.field)).toEqual(['name']);
    expect(countProblems(placed)).toBe(problems.length);
  });

  it('follows the keys the validated rule had (the third action is the third key)', () => {
    const placed = problemsByNode([{ field: 'actions[2].title', message: 'is required' }], ['c', 'a', 'b']);
    expect([...placed.actions.keys()]).toEqual(['b']);
  });

  it('keeps an error of an action that is gone on the action list', () => {
    const placed = problemsByNode([{ field: 'actions[5].title', message: 'is required' }], ['a']);
    expect(placed.actions.size).toBe(0);
    expect(placed.actionList).toHaveLength(1);
  });
});
