import { useQuery } from '@tanstack/react-query';
import { rulesApi } from './rulesApi';
import { ruleQueryKey } from './useRule';

/** The rule's run log, newest first; polled while a run is still queued. */
export function useRuleRuns(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ruleQueryKey(id), 'runs'],
    queryFn: ({ signal }) => rulesApi.runs(id, signal),
    select: (data) => data.items,
    enabled,
    refetchInterval: (query) => (query.state.data?.items.some((r) => r.status === 'queued') ? 3000 : false),
  });
}
