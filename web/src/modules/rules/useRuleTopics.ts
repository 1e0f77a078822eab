import { useQuery } from '@tanstack/react-query';
import { rulesApi } from './rulesApi';
import { rulesQueryKey } from './useRules';

/** The trigger topics and the fields each offers (they change only with a server release). */
export function useRuleTopics() {
  return useQuery({
    queryKey: [...rulesQueryKey, 'topics'],
    queryFn: ({ signal }) => rulesApi.topics(signal),
    select: (data) => data.items,
    staleTime: Infinity,
  });
}
