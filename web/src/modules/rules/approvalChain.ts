import type { Edge, Node } from '@xyflow/react';
import { isDefaultLimit } from '../authorityLimits/limitRows';
import type { AuthorityLimit } from '../authorityLimits/types';

/** The figures the quote approval chain turns on, from the default row of the power list. */
export type ChainLimits = {
  repMaxPct: number | null;
  managerMaxPct: number | null;
  /** Minor units; null = totals never need the director. */
  directorAbove: number | null;
  /** Rows for particular zones or product lines, which override the default. */
  overrides: number;
};

export function chainLimits(items: readonly AuthorityLimit[]): ChainLimits {
  const fallback = items.find(isDefaultLimit);
  return {
    repMaxPct: fallback?.rep_max_discount_pct ?? null,
    managerMaxPct: fallback?.manager_max_discount_pct ?? null,
    directorAbove: fallback?.director_above_amount ?? null,
    overrides: items.filter((l) => !isDefaultLimit(l)).length,
  };
}

export type ChainNodeKind = 'start' | 'decision' | 'step' | 'end';
export type ChainNodeData = { kind: ChainNodeKind; title: string; detail?: string };
export type ChainNode = Node<ChainNodeData>;

export type ChainTexts = {
  submitted: string;
  withinRep: string;
  withinRepDetail: string;
  manager: string;
  beyondManager: string;
  beyondManagerDetail: string;
  director: string;
  approved: string;
  yes: string;
  no: string;
};

/**
 * The chain `CheckQuoteAuthority` starts on submit, drawn left to right: within the rep's
 * authority (and the total not above the director threshold) → approved at once; else the
 * zone manager, and beyond the manager's authority or above the threshold the sales
 * director after them.
 */
export function buildApprovalChain(text: ChainTexts): { nodes: ChainNode[]; edges: Edge[] } {
  const node = (id: string, kind: ChainNodeKind, title: string, x: number, y: number, detail?: string): ChainNode => ({
    id,
    type: 'chain',
    data: { kind, title, detail },
    position: { x, y },
    draggable: false,
    connectable: false,
    selectable: false,
  });
  // Three rows (every box is as tall), six columns.
  const col = (i: number) => i * 215;
  const row = (i: number) => i * 130;
  const nodes = [
    node('submitted', 'start', text.submitted, col(0), row(0)),
    node('within-rep', 'decision', text.withinRep, col(1), row(0), text.withinRepDetail),
    node('manager', 'step', text.manager, col(2), row(1)),
    node('beyond-manager', 'decision', text.beyondManager, col(3), row(1), text.beyondManagerDetail),
    node('director', 'step', text.director, col(4), row(2)),
    node('approved', 'end', text.approved, col(5), row(1)),
  ];
  const edge = (source: string, sourceHandle: string, target: string, targetHandle: string, label?: string, tone?: 'yes' | 'no'): Edge => ({
    id: `${source}-${target}`,
    source,
    sourceHandle,
    target,
    targetHandle,
    label,
    type: 'smoothstep',
    className: tone ? `chain-edge chain-edge--${tone}` : 'chain-edge',
    selectable: false,
  });
  const edges = [
    edge('submitted', 'r', 'within-rep', 'l'),
    edge('within-rep', 'r', 'approved', 't', text.yes, 'yes'),
    edge('within-rep', 'b', 'manager', 'l', text.no, 'no'),
    edge('manager', 'r', 'beyond-manager', 'l'),
    edge('beyond-manager', 'r', 'approved', 'l', text.no, 'yes'),
    edge('beyond-manager', 'b', 'director', 'l', text.yes, 'no'),
    edge('director', 'r', 'approved', 'b'),
  ];
  return { nodes, edges };
}
