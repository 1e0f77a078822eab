import { useQuery } from '@tanstack/react-query';
import { opportunitiesApi } from './opportunitiesApi';
import { opportunitiesQueryKey } from './useOpportunities';

export const opportunityQueryKey = (id: string) => [...opportunitiesQueryKey, 'one', id] as const;

/** One opportunity with its stage history; 404 also means "outside your scope". */
export function useOpportunity(id: string) {
  return useQuery({ queryKey: opportunityQueryKey(id), queryFn: ({ signal }) => opportunitiesApi.get(id, signal) });
}
