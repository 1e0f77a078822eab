import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ordersApi } from './ordersApi';
import type { OrderFilters } from './types';

export const ordersQueryKey = ['orders'] as const;

/**
 * One page of orders (within the caller's scope); the previous page stays while loading.
 * With a `cursor` the page starts there instead of at `filters.offset`.
 */
export function useOrders(filters: OrderFilters, enabled = true, cursor?: string) {
  return useQuery({
    queryKey: [...ordersQueryKey, 'list', filters, cursor ?? null],
    queryFn: ({ signal }) => ordersApi.list(filters, signal, cursor),
    placeholderData: keepPreviousData,
    enabled,
  });
}
