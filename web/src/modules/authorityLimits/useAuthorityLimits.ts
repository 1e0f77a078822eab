import { useQuery } from '@tanstack/react-query';
import { authorityLimitsApi } from './authorityLimitsApi';

export const authorityLimitsQueryKey = ['authorityLimits'] as const;

/** Every authority limit row the caller may read. */
export function useAuthorityLimits() {
  return useQuery({ queryKey: authorityLimitsQueryKey, queryFn: ({ signal }) => authorityLimitsApi.list(signal) });
}
