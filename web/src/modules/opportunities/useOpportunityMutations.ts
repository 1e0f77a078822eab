import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customersQueryKey } from '../customers/useCustomers';
import { isApiError } from '../http/ApiError';
import { opportunitiesApi } from './opportunitiesApi';
import type { OpportunityCreateInput, OpportunityPatchInput } from './types';
import { opportunitiesQueryKey } from './useOpportunities';
import { opportunityQueryKey } from './useOpportunity';

/** Create and edit opportunities; lists, the record and customer timelines are refreshed after. */
export function useOpportunityMutations() {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: [...opportunitiesQueryKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: customersQueryKey });
  };
  return {
    create: useMutation({ mutationFn: (input: OpportunityCreateInput) => opportunitiesApi.create(input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: OpportunityPatchInput }) => opportunitiesApi.update(id, input),
      // The PATCH answer may lack the history: read the record again either way.
      onSettled: async (_data, error, { id }) => {
        await queryClient.invalidateQueries({ queryKey: opportunityQueryKey(id) });
        if (!error || (isApiError(error) && error.status === 409)) await refresh();
      },
    }),
  };
}
