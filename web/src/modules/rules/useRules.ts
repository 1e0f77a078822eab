import { useQuery } from '@tanstack/react-query';
import { rulesApi } from './rulesApi';

export const rulesQueryKey = ['rules'] as const;

/** Every workflow rule, the shipped ones first. */
export function useRules() {
  return useQuery({ queryKey: [...rulesQueryKey, 'list'], queryFn: ({ signal }) => rulesApi.list(signal) });
}
