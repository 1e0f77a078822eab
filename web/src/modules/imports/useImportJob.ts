import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { customersQueryKey } from '../customers/useCustomers';
import { ordersQueryKey } from '../orders/useOrders';
import { productsQueryKey } from '../products/useProducts';
import { salesSummaryQueryKey } from '../sales/useSalesSummary';
import { importsApi } from './importsApi';
import { isImportFinished } from './isImportFinished';

const POLL_MS = 500;

/** An import job, polled every 500 ms until it is done or failed; lists refresh after a write. */
export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => importsApi.get(id ?? '', signal),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) => (isImportFinished(q.state.data) || q.state.error ? false : POLL_MS),
  });
  const written = !!query.data?.report?.written;

  useEffect(() => {
    if (!written) return;
    for (const queryKey of [ordersQueryKey, customersQueryKey, productsQueryKey, salesSummaryQueryKey]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  }, [written, queryClient]);

  return query;
}
