import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customersQueryKey } from '../customers/useCustomers';
import { salesSummaryQueryKey } from '../sales/useSalesSummary';
import { ordersApi } from './ordersApi';
import type { OrderStatusInput } from './types';
import { orderQueryKey } from './useOrder';
import { ordersQueryKey } from './useOrders';

/**
 * Moves an order to its next status. Success or failure, the order is read again: the
 * response lacks the status history, and a 409 means our copy (or the rule) is stale.
 */
export function useOrderStatusMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrderStatusInput) => ordersApi.changeStatus(id, input),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: orderQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: [...ordersQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: customersQueryKey });
      void queryClient.invalidateQueries({ queryKey: salesSummaryQueryKey });
    },
  });
}
