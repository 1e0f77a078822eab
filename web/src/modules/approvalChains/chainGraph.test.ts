import { describe, expect, it } from 'vitest';
import { addParallelStep, draftFromSteps } from './chainDraft';
import { buildChainGraph, END_NODE, START_NODE, stepKeyOf, stepNodeId } from './chainGraph';
import { NO_CHAIN_PROBLEMS, problemsByStep } from './chainProblems';

const texts = { start: 'submitted', startDetail: 'rep ≤ 10%', approved: 'approved' };
const DEFAULT = draftFromSteps([
  { seq: 1, role: 'zone_manager', label: '战区经理审批', when: 'beyond_rep', condition: '' },
  { seq: 2, role: 'sales_director', label: '销售总监审批', when: 'beyond_manager', condition: '' },
]);

const wires = (edges: { source: string; target: string }[]) =>
  edges.map((e) => `${stepKeyOf(e.source) ?? e.source}->${stepKeyOf(e.target) ?? e.target}`);

describe('buildChainGraph', () => {
  it('draws start → one column per seq → approved, left to right', () => {
    const { nodes, edges } = buildChainGraph(DEFAULT, NO_CHAIN_PROBLEMS, { texts, editable: false });
    const [manager, director] = DEFAULT.map((s) => s.key);
    expect(nodes.map((n) => n.id)).toEqual([START_NODE, stepNodeId(manager), stepNodeId(director), END_NODE]);
    expect(wires(edges)).toEqual([`start->${manager}`, `${manager}->${director}`, `${director}->approved`]);
    const xs = nodes.map((n) => n.position.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(nodes[0].data).toMatchObject({ kind: 'start', title: 'submitted', detail: 'rep ≤ 10%' });
  });

  it('stacks parallel steps in one column, centred, each wired to the columns around it', () => {
    const parallel = addParallelStep(DEFAULT, DEFAULT[0].key);
    if (!parallel) throw new Error('no parallel step');
    const { nodes, edges } = buildChainGraph(parallel.steps, NO_CHAIN_PROBLEMS, { texts, editable: true, selectedId: stepNodeId(parallel.key) });
    const [a, b] = [nodes[1], nodes[2]];
    expect(a.position.x).toBe(b.position.x);
    expect(b.position.y).toBeGreaterThan(a.position.y);
    expect(a.position.y).toBeLessThan(0);
    expect(a.data).toMatchObject({ kind: 'step', parallel: true });
    expect(nodes[3].data).toMatchObject({ parallel: false });
    expect(b.selected).toBe(true);
    expect(a.selected).toBe(false);
    const director = DEFAULT[1].key;
    expect(wires(edges)).toEqual([
      `start->${DEFAULT[0].key}`,
      `start->${parallel.key}`,
      `${DEFAULT[0].key}->${director}`,
      `${parallel.key}->${director}`,
      `${director}->approved`,
    ]);
  });

  it('puts a step\'s problems on its node, and goes straight to approved without steps', () => {
    const keys = DEFAULT.map((s) => s.key);
    const problems = problemsByStep([{ field: 'steps[1].role', message: 'an existing role' }], keys);
    const { nodes } = buildChainGraph(DEFAULT, problems, { texts, editable: true });
    expect(nodes[2].data).toMatchObject({ problems: { role: { message: 'an existing role' } } });
    expect(nodes[1].data).toMatchObject({ problems: {} });

    const empty = buildChainGraph([], NO_CHAIN_PROBLEMS, { texts, editable: true });
    expect(empty.nodes.map((n) => n.id)).toEqual([START_NODE, END_NODE]);
    expect(wires(empty.edges)).toEqual([`start->${END_NODE}`]);
  });
});
