import { useQuery } from '@tanstack/react-query';
import { webhooksApi } from './webhooksApi';
import { webhooksQueryKey } from './useWebhooks';

export const deliveriesQueryKey = (id: string) => [...webhooksQueryKey, 'deliveries', id] as const;

/**
 * A webhook's delivery log, newest first; polled while a delivery is on its way (often) or
 * waiting for its next automatic attempt (now and then).
 */
export function useWebhookDeliveries(id: string | undefined) {
  return useQuery({
    queryKey: deliveriesQueryKey(id ?? ''),
    queryFn: ({ signal }) => webhooksApi.deliveries(id ?? '', signal),
    select: (data) => data.items,
    enabled: !!id,
    refetchInterval: (query) => {
      const items = query.state.data?.items ?? [];
      if (items.some((d) => d.status === 'pending')) return 2000;
      return items.some((d) => d.status === 'retrying') ? 15_000 : false;
    },
  });
}
