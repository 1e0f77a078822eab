import { useQuery } from '@tanstack/react-query';
import { webhooksApi } from './webhooksApi';
import { webhooksQueryKey } from './useWebhooks';

export const deliveriesQueryKey = (id: string) => [...webhooksQueryKey, 'deliveries', id] as const;

/** A webhook's delivery log, newest first; polled while a delivery is still on its way. */
export function useWebhookDeliveries(id: string | undefined) {
  return useQuery({
    queryKey: deliveriesQueryKey(id ?? ''),
    queryFn: ({ signal }) => webhooksApi.deliveries(id ?? '', signal),
    select: (data) => data.items,
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 2000 : false),
  });
}
