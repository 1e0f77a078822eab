import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customersQueryKey } from '../customers/useCustomers';
import type { ListResponse } from '../http/ListResponse';
import { moveOpportunity } from './moveOpportunity';
import { opportunitiesApi } from './opportunitiesApi';
import type { Opportunity, OpportunityFilters, OpportunityStage } from './types';
import { opportunitiesQueryKey, opportunityListQueryKey } from './useOpportunities';
import { opportunityQueryKey } from './useOpportunity';

export type MoveInput = { opportunity: Opportunity; stage: OpportunityStage; lostReason?: string };

/**
 * A kanban drop: `PATCH {version, stage}`. The card moves at once in the board's list
 * (`filters`), goes back if the server refuses, and takes the server's copy (new
 * version) when it accepts.
 */
export function useMoveOpportunity(filters: OpportunityFilters) {
  const queryClient = useQueryClient();
  const key = opportunityListQueryKey(filters);
  return useMutation({
    mutationFn: ({ opportunity, stage, lostReason }: MoveInput) =>
      opportunitiesApi.update(opportunity.id, {
        version: opportunity.version,
        stage: stage.key,
        ...(lostReason !== undefined ? { lost_reason: lostReason } : {}),
      }),
    onMutate: async ({ opportunity, stage, lostReason }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ListResponse<Opportunity>>(key);
      if (previous) queryClient.setQueryData(key, moveOpportunity(previous, opportunity.id, stage, lostReason));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<ListResponse<Opportunity>>(key, (page) =>
        page ? { ...page, items: page.items.map((item) => (item.id === saved.id ? { ...item, ...saved } : item)) } : page,
      );
    },
    onSettled: (_data, _error, { opportunity }) => {
      void queryClient.invalidateQueries({ queryKey: [...opportunitiesQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: opportunityQueryKey(opportunity.id) });
      void queryClient.invalidateQueries({ queryKey: customersQueryKey });
    },
  });
}
