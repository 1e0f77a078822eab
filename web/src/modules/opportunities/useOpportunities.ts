import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { opportunitiesApi } from './opportunitiesApi';
import type { OpportunityFilters } from './types';

export const opportunitiesQueryKey = ['opportunities'] as const;

export const opportunityListQueryKey = (filters: OpportunityFilters) => [...opportunitiesQueryKey, 'list', filters] as const;

/** One page of opportunities (within the caller's scope); the previous page stays while loading. */
export function useOpportunities(filters: OpportunityFilters, enabled = true) {
  return useQuery({
    queryKey: opportunityListQueryKey(filters),
    queryFn: ({ signal }) => opportunitiesApi.list(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
