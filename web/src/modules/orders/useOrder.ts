import { useQuery } from '@tanstack/react-query';
import { ordersApi } from './ordersApi';
import { ordersQueryKey } from './useOrders';

export const orderQueryKey = (id: string) => [...ordersQueryKey, 'one', id] as const;

/** One order with its lines and status history. */
export function useOrder(id: string) {
  return useQuery({ queryKey: orderQueryKey(id), queryFn: ({ signal }) => ordersApi.get(id, signal) });
}
