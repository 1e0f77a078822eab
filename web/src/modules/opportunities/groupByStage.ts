import type { Opportunity, OpportunityStage } from './types';

export type StageColumn = {
  stage: OpportunityStage;
  items: Opportunity[];
  /** Cards in the column. */
  count: number;
  /** Sum of `amount` (minor units). */
  amount: number;
  /** Sum of `weighted_amount` (minor units). */
  weighted: number;
};

/**
 * The kanban columns: one per stage in pipeline order, each with its opportunities
 * (in the order given) and its count and totals. Opportunities in an unknown stage are
 * left out.
 */
export function groupByStage(stages: readonly OpportunityStage[], items: readonly Opportunity[]): StageColumn[] {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const columns = new Map<string, StageColumn>(
    ordered.map((stage) => [stage.key, { stage, items: [], count: 0, amount: 0, weighted: 0 }]),
  );
  for (const item of items) {
    const column = columns.get(item.stage);
    if (!column) continue;
    column.items.push(item);
    column.count += 1;
    column.amount += item.amount;
    column.weighted += item.weighted_amount;
  }
  return [...columns.values()];
}
