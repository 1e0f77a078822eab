import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UserFilters } from './types';
import { usersApi } from './usersApi';

export const usersQueryKey = ['users'] as const;

/** One page of users for the given filters; the previous page stays while loading. */
export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersQueryKey, filters],
    queryFn: ({ signal }) => usersApi.list(filters, signal),
    placeholderData: keepPreviousData,
  });
}
