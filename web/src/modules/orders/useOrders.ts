import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ordersApi } from './ordersApi';
import type { OrderFilters } from './types';

export const ordersQueryKey = ['orders'] as const;

/** One page of orders (within the caller's scope); the previous page stays while loading. */
export function useOrders(filters: OrderFilters) {
  return useQuery({
    queryKey: [...ordersQueryKey, 'list', filters],
    queryFn: ({ signal }) => ordersApi.list(filters, signal),
    placeholderData: keepPreviousData,
  });
}
