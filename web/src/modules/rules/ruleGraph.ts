import type { Edge, Node } from '@xyflow/react';
import type { RuleDraft } from './ruleDraft';
import type { NodeProblems } from './ruleProblems';
import type { RuleAction, RuleProblem } from './types';

export type TriggerNodeData = { kind: 'trigger'; topic: string; problems: RuleProblem[] };
export type ConditionNodeData = { kind: 'condition'; condition: string; problems: RuleProblem[] };
export type ActionNodeData = {
  kind: 'action';
  key: string;
  index: number;
  count: number;
  action: RuleAction;
  /** By field; `''` = the action as a whole. */
  problems: Record<string, RuleProblem>;
};
export type AddNodeData = { kind: 'add'; problems: RuleProblem[] };
export type RuleNodeData = TriggerNodeData | ConditionNodeData | ActionNodeData | AddNodeData;
export type RuleNode = Node<RuleNodeData>;

export const TRIGGER_NODE = 'trigger';
export const CONDITION_NODE = 'condition';
export const ADD_NODE = 'add';
export const actionNodeId = (key: string) => `action:${key}`;
export const actionKeyOf = (nodeId: string): string | null => (nodeId.startsWith('action:') ? nodeId.slice(7) : null);

/** Vertical layout: one column of nodes this wide, this far apart (room for an edge label). */
export const NODE_WIDTH = 300;
const SPACE = 56;

// Rough heights (px) of the nodes as drawn, so tall ones (a long condition, problems) do not
// run into the next: about 36 characters to a line, a problem up to three lines.
const lines = (text: string, perLine: number, max: number) => Math.min(max, Math.max(1, Math.ceil(Array.from(text).length / perLine)));
const problemHeight = (n: number) => n * 50;

export function estimateNodeHeight(data: RuleNodeData): number {
  switch (data.kind) {
    case 'trigger':
      return 78 + problemHeight(data.problems.length);
    case 'condition':
      return 44 + lines(data.condition, 36, 4) * 19 + problemHeight(data.problems.length);
    case 'action': {
      const a = data.action as { title?: string; body?: string };
      return 64 + lines(a.title ?? a.body ?? '', 30, 3) * 20 + problemHeight(Object.keys(data.problems).length);
    }
    default:
      return 40 + problemHeight(data.problems.length);
  }
}

export type GraphLabels = { check: string; holds: string; next: string };

/**
 * The rule as a flow: Trigger → Condition → each action in order, and (when editable) a
 * last "add an action" node. Each node carries the problems the server placed on it.
 */
export function buildRuleGraph(
  draft: Pick<RuleDraft, 'trigger_topic' | 'condition' | 'actions'>,
  problems: NodeProblems,
  options: { editable: boolean; selectedId?: string | null; labels: GraphLabels },
): { nodes: RuleNode[]; edges: Edge[] } {
  const { editable, selectedId, labels } = options;
  const nodes: RuleNode[] = [];
  const edges: Edge[] = [];
  let y = 0;
  const place = (id: string, type: string, data: RuleNodeData) => {
    nodes.push({ id, type, data, position: { x: 0, y }, selected: id === selectedId, draggable: false, connectable: false });
    y += estimateNodeHeight(data) + SPACE;
  };
  const link = (source: string, target: string, label?: string, dashed = false) =>
    edges.push({
      id: `${source}->${target}`,
      source,
      target,
      label,
      type: 'smoothstep',
      className: dashed ? 'rule-edge rule-edge--dashed' : 'rule-edge',
      selectable: false,
    });

  place(TRIGGER_NODE, 'trigger', { kind: 'trigger', topic: draft.trigger_topic, problems: problems.trigger });
  place(CONDITION_NODE, 'condition', { kind: 'condition', condition: draft.condition, problems: problems.condition });
  link(TRIGGER_NODE, CONDITION_NODE, labels.check);

  let previous = CONDITION_NODE;
  draft.actions.forEach(({ key, action }, index) => {
    const id = actionNodeId(key);
    place(id, 'action', { kind: 'action', key, index, count: draft.actions.length, action, problems: problems.actions.get(key) ?? {} });
    link(previous, id, index === 0 ? labels.holds : labels.next);
    previous = id;
  });
  if (editable) {
    place(ADD_NODE, 'add', { kind: 'add', problems: problems.actionList });
    link(previous, ADD_NODE, draft.actions.length === 0 ? labels.holds : undefined, true);
  }
  return { nodes, edges };
}

/** The first node (top to bottom) with a problem, to open after a refused save; null when none has one. */
export function firstProblemNodeId(draft: Pick<RuleDraft, 'actions'>, problems: NodeProblems): string | null {
  if (problems.trigger.length) return TRIGGER_NODE;
  if (problems.condition.length) return CONDITION_NODE;
  const action = draft.actions.find((a) => Object.keys(problems.actions.get(a.key) ?? {}).length > 0);
  if (action) return actionNodeId(action.key);
  if (problems.actionList.length) return ADD_NODE;
  return null;
}
