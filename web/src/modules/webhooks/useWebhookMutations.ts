import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookInput } from './types';
import { deliveriesQueryKey } from './useWebhookDeliveries';
import { webhooksQueryKey } from './useWebhooks';
import { webhooksApi } from './webhooksApi';

/** Create (the answer holds the secret), change (with `version`), delete, and replay a delivery. */
export function useWebhookMutations() {
  const queryClient = useQueryClient();
  const reloadList = () => queryClient.invalidateQueries({ queryKey: [...webhooksQueryKey, 'list'] });
  return {
    create: useMutation({ mutationFn: (input: WebhookInput) => webhooksApi.create(input), onSuccess: reloadList }),
    update: useMutation({
      mutationFn: ({ id, version, input }: { id: string; version: number; input: WebhookInput }) => webhooksApi.update(id, version, input),
      onSuccess: reloadList,
    }),
    remove: useMutation({ mutationFn: (id: string) => webhooksApi.remove(id), onSuccess: reloadList }),
    replay: useMutation({
      mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) => webhooksApi.replay(id, deliveryId),
      onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: deliveriesQueryKey(id) }),
    }),
  };
}
