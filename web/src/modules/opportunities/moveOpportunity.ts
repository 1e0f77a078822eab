import type { ListResponse } from '../http/ListResponse';
import type { Opportunity, OpportunityStage } from './types';

/**
 * The list with one opportunity moved to `stage` as the server will do it: the stage's
 * default probability, the weighted amount recomputed, and the lost reason when given.
 * Used for the optimistic kanban update (the server's answer replaces it).
 */
export function moveOpportunity(
  page: ListResponse<Opportunity>,
  id: string,
  stage: OpportunityStage,
  lostReason?: string,
): ListResponse<Opportunity> {
  return {
    ...page,
    items: page.items.map((item) =>
      item.id === id
        ? {
            ...item,
            stage: stage.key,
            probability: stage.probability,
            weighted_amount: Math.floor((item.amount * stage.probability) / 100),
            lost_reason: stage.outcome === 'lost' ? (lostReason ?? item.lost_reason) : item.lost_reason,
          }
        : item,
    ),
  };
}
