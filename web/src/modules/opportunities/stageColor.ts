import type { OpportunityStage } from './types';

const OPEN_COLORS = ['default', 'cyan', 'blue', 'geekblue', 'purple'];

/** Tag colour of a stage: green for won, red for lost, cooler to warmer blues along the open stages. */
export function stageColor(stage: Pick<OpportunityStage, 'outcome' | 'position'> | undefined): string {
  if (!stage) return 'default';
  if (stage.outcome === 'won') return 'success';
  if (stage.outcome === 'lost') return 'error';
  return OPEN_COLORS[Math.min(Math.max(stage.position - 1, 0), OPEN_COLORS.length - 1)];
}
