import { useQuery } from '@tanstack/react-query';
import { rulesApi } from './rulesApi';
import { rulesQueryKey } from './useRules';

export const ruleQueryKey = (id: string) => [...rulesQueryKey, 'one', id] as const;

/** One rule with its saved versions; nothing is fetched for a new rule. */
export function useRule(id: string | undefined) {
  return useQuery({ queryKey: ruleQueryKey(id ?? ''), queryFn: ({ signal }) => rulesApi.get(id ?? '', signal), enabled: !!id });
}
