import type { Edge, Node } from '@xyflow/react';
import { seqsOf, type DraftStep } from './chainDraft';
import type { ChainProblems, StepProblems } from './chainProblems';

export type ChainEndpointData = { kind: 'start' | 'end'; title: string; detail?: string };
export type ChainStepData = {
  kind: 'step';
  step: DraftStep;
  parallel: boolean;
  problems: StepProblems;
  /** The box is at least this tall (as laid out), so the boxes of a column line up with the edges. */
  minHeight: number;
};
export type ChainGraphNode = Node<ChainEndpointData | ChainStepData>;

export const START_NODE = 'start';
export const END_NODE = 'approved';
export const stepNodeId = (key: string) => `step:${key}`;
export const stepKeyOf = (nodeId: string): string | null => (nodeId.startsWith('step:') ? nodeId.slice(5) : null);

/** Box sizes (px): the endpoints are drawn this size; steps are this wide and as tall as their text. */
export const START_SIZE = { width: 180, height: 136 };
export const END_SIZE = { width: 108, height: 48 };
export const STEP_WIDTH = 204;
const GAP_X = 36;
const GAP_Y = 18;

// Rough heights of a step's lines as drawn in a 204px box: 13px text (a Chinese character a
// unit, a Latin letter about half), the `when` tag in 12px, conditions in monospace.
const WIDE = 0x2e80;
const units = (text: string, wide: number, narrow: number) =>
  Array.from(text).reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) >= WIDE ? wide : narrow), 0);
const lines = (width: number, perLine: number, max: number) => Math.min(max, Math.ceil(width / perLine));

export function estimateStepHeight(step: Pick<DraftStep, 'label' | 'condition'>, problems: number, whenText = ''): number {
  const label = step.label.trim() ? lines(units(step.label, 1, 0.55), 13.5, 3) * 19 : 0;
  const when = Math.max(1, lines(units(whenText, 1, 0.55), 12, 2)) * 18;
  const condition = step.condition.trim() ? 28 + lines(units(step.condition, 2, 1), 24, 4) * 18 : 0;
  return 72 + when + label + condition + problems * 56;
}

export type ChainGraphTexts = {
  start: string;
  startDetail?: string;
  approved: string;
  /** `when` in words (as the step shows it), for the step's height. */
  when?: (when: string) => string;
};

/**
 * The chain drawn left to right: "submitted beyond authority" → one column per seq, its
 * parallel steps stacked and centred → "approved". Every step of a column leads to every
 * step of the next (the next seq opens when all of them approved).
 */
export function buildChainGraph(
  steps: readonly DraftStep[],
  problems: ChainProblems,
  options: { texts: ChainGraphTexts; selectedId?: string | null; editable: boolean },
): { nodes: ChainGraphNode[]; edges: Edge[] } {
  const { texts, selectedId, editable } = options;
  const columns = seqsOf(steps).map((seq) => steps.filter((s) => s.seq === seq));
  const nodes: ChainGraphNode[] = [];
  const edges: Edge[] = [];
  const fixed = { draggable: false, connectable: false, selectable: false, focusable: false };

  nodes.push({
    id: START_NODE,
    type: 'chainEndpoint',
    data: { kind: 'start', title: texts.start, detail: texts.startDetail },
    position: { x: 0, y: -START_SIZE.height / 2 },
    ...fixed,
  });
  let x = START_SIZE.width + GAP_X;
  let previous = [START_NODE];
  columns.forEach((column) => {
    const heights = column.map((s) => estimateStepHeight(s, Object.keys(problems.steps.get(s.key) ?? {}).length, texts.when?.(s.when)));
    let y = -(heights.reduce((a, b) => a + b, 0) + GAP_Y * (column.length - 1)) / 2;
    const ids = column.map((step, i) => {
      const id = stepNodeId(step.key);
      nodes.push({
        id,
        type: 'chainStep',
        data: { kind: 'step', step, parallel: column.length > 1, problems: problems.steps.get(step.key) ?? {}, minHeight: heights[i] },
        position: { x, y },
        selected: id === selectedId,
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: editable,
      });
      y += heights[i] + GAP_Y;
      return id;
    });
    for (const source of previous) for (const target of ids) edges.push(link(source, target));
    previous = ids;
    x += STEP_WIDTH + GAP_X;
  });
  nodes.push({
    id: END_NODE,
    type: 'chainEndpoint',
    data: { kind: 'end', title: texts.approved },
    position: { x, y: -END_SIZE.height / 2 },
    ...fixed,
  });
  for (const source of previous) edges.push(link(source, END_NODE));
  return { nodes, edges };
}

function link(source: string, target: string): Edge {
  return { id: `${source}->${target}`, source, target, type: 'smoothstep', className: 'rule-edge', selectable: false, focusable: false };
}

/** How tall the drawn chain is (px), from the top of its highest box to the bottom of its lowest. */
export function chainGraphHeight(nodes: readonly ChainGraphNode[]): number {
  let top = 0;
  let bottom = 0;
  for (const node of nodes) {
    const { data } = node;
    const height = data.kind === 'step' ? data.minHeight : (data.kind === 'start' ? START_SIZE : END_SIZE).height;
    top = Math.min(top, node.position.y);
    bottom = Math.max(bottom, node.position.y + height);
  }
  return bottom - top;
}
