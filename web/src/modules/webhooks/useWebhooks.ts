import { useQuery } from '@tanstack/react-query';
import { webhooksApi } from './webhooksApi';

export const webhooksQueryKey = ['webhooks'] as const;

/** Every webhook subscription. */
export function useWebhooks(enabled = true) {
  return useQuery({ queryKey: [...webhooksQueryKey, 'list'], queryFn: ({ signal }) => webhooksApi.list(signal), enabled });
}
