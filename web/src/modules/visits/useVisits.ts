import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { VisitFilters } from './types';
import { visitsApi } from './visitsApi';

export const visitsQueryKey = ['visits'] as const;

/** Visits within the caller's scope for the filters; the previous result stays while loading. */
export function useVisits(filters: VisitFilters, enabled = true) {
  return useQuery({
    queryKey: [...visitsQueryKey, 'list', filters],
    queryFn: ({ signal }) => visitsApi.list(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
