import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { customersApi } from './customersApi';
import type { CustomerFilters } from './types';

export const customersQueryKey = ['customers'] as const;

/** One page of customers (within the caller's scope); the previous page stays while loading. */
export function useCustomers(filters: CustomerFilters, enabled = true) {
  return useQuery({
    queryKey: [...customersQueryKey, 'list', filters],
    queryFn: ({ signal }) => customersApi.list(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
