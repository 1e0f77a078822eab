import { useQuery } from '@tanstack/react-query';
import { opportunitiesApi } from './opportunitiesApi';

export const opportunityStagesQueryKey = ['opportunity-stages'] as const;

/** The pipeline stages in order; they change rarely, so they are read once per session. */
export function useOpportunityStages() {
  return useQuery({
    queryKey: opportunityStagesQueryKey,
    queryFn: ({ signal }) => opportunitiesApi.stages(signal),
    select: (data) => [...data.items].sort((a, b) => a.position - b.position),
    staleTime: Infinity,
  });
}
