import { describe, expect, it } from 'vitest';
import { actionKeyOf, actionNodeId, buildRuleGraph, estimateNodeHeight, firstProblemNodeId } from './ruleGraph';
import { NO_PROBLEMS, problemsByNode } from './ruleProblems';
import type { RuleDraft } from './ruleDraft';

const labels = { check: 'check', holds: 'holds', next: 'then' };
const draft: RuleDraft = {
  name: 'r',
  description: '',
  trigger_topic: 'quote.submitted',
  condition: 'quote.total > 100',
  enabled: true,
  actions: [
    { key: 'a', action: { type: 'create_task', task_type: 'credit_check', department: 'finance', queue_role: 'finance', title: 't' } },
    { key: 'b', action: { type: 'notify', to: 'owner', title: 'n' } },
  ],
};

describe('buildRuleGraph', () => {
  it('chains trigger → condition → the actions in order → add', () => {
    const { nodes, edges } = buildRuleGraph(draft, NO_PROBLEMS, { editable: true, labels });
    expect(nodes.map((n) => n.id)).toEqual(['trigger', 'condition', 'action:a', 'action:b', 'add']);
    expect(nodes.map((n) => n.type)).toEqual(['trigger', 'condition', 'action', 'action', 'add']);
    expect(edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['trigger', 'condition', 'check'],
      ['condition', 'action:a', 'holds'],
      ['action:a', 'action:b', 'then'],
      ['action:b', 'add', undefined],
    ]);
    // One column, top to bottom.
    const ys = nodes.map((n) => n.position.y);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    expect(new Set(nodes.map((n) => n.position.x)).size).toBe(1);
  });

  it('shows no add node when read only', () => {
    const { nodes, edges } = buildRuleGraph(draft, NO_PROBLEMS, { editable: false, labels });
    expect(nodes.map((n) => n.id)).not.toContain('add');
    expect(edges).toHaveLength(3);
  });

  it('carries each node its problems', () => {
    const problems = problemsByNode(
      [
        { field: 'condition', message: 'cannot compare number with text', position: 13 },
        { field: 'actions[1].to', message: 'must be owner…' },
        { field: 'trigger_topic', message: 'unknown' },
      ],
      ['a', 'b'],
    );
    const { nodes } = buildRuleGraph(draft, problems, { editable: true, labels });
    const data = Object.fromEntries(nodes.map((n) => [n.id, n.data]));
    expect(data.condition).toMatchObject({ kind: 'condition', problems: [{ position: 13 }] });
    expect(data['action:b']).toMatchObject({ kind: 'action', index: 1, count: 2, problems: { to: { message: 'must be owner…' } } });
    expect(data['action:a']).toMatchObject({ problems: {} });
    expect(data.trigger).toMatchObject({ problems: [{ message: 'unknown' }] });
  });

  it('marks the selected node', () => {
    const { nodes } = buildRuleGraph(draft, NO_PROBLEMS, { editable: true, labels, selectedId: 'action:b' });
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['action:b']);
  });

  it('links the condition straight to add when there is no action', () => {
    const { edges } = buildRuleGraph({ ...draft, actions: [] }, NO_PROBLEMS, { editable: true, labels });
    expect(edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['trigger', 'condition', 'check'],
      ['condition', 'add', 'holds'],
    ]);
  });

  it('maps node ids to action keys', () => {
    expect(actionKeyOf(actionNodeId('k7'))).toBe('k7');
    expect(actionKeyOf('condition')).toBeNull();
  });
});

describe('firstProblemNodeId', () => {
  it('opens the topmost node with a problem', () => {
    expect(firstProblemNodeId(draft, problemsByNode([{ field: 'actions[1].to', message: 'x' }, { field: 'condition', message: 'y' }], ['a', 'b']))).toBe(
      'condition',
    );
    expect(firstProblemNodeId(draft, problemsByNode([{ field: 'actions[1].to', message: 'x' }], ['a', 'b']))).toBe('action:b');
    expect(firstProblemNodeId(draft, problemsByNode([{ field: 'actions', message: 'add one' }], []))).toBe('add');
    expect(firstProblemNodeId(draft, problemsByNode([{ field: 'name', message: 'required' }], []))).toBeNull();
  });
});

describe('estimateNodeHeight', () => {
  it('grows with a long condition and with problems, so nodes do not overlap', () => {
    const short = estimateNodeHeight({ kind: 'condition', condition: 'x > 1', problems: [] });
    const long = estimateNodeHeight({ kind: 'condition', condition: 'x > 1 and '.repeat(12), problems: [] });
    const wrong = estimateNodeHeight({ kind: 'condition', condition: 'x > 1', problems: [{ field: 'condition', message: 'm' }] });
    expect(long).toBeGreaterThan(short);
    expect(wrong).toBeGreaterThan(short);
    const { nodes } = buildRuleGraph(
      { ...draft, condition: 'x > 1 and '.repeat(12) },
      problemsByNode([{ field: 'condition', message: 'bad', position: 3 }], ['a', 'b']),
      { editable: true, labels },
    );
    const condition = nodes.find((n) => n.id === 'condition');
    const next = nodes.find((n) => n.id === 'action:a');
    expect((next?.position.y ?? 0) - (condition?.position.y ?? 0)).toBeGreaterThan(estimateNodeHeight(condition!.data));
  });
});
