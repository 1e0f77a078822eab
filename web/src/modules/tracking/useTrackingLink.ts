import { useMutation } from '@tanstack/react-query';
import { trackingApi } from './trackingApi';

/** Gets (making it on first use) the order's customer tracking link. */
export function useTrackingLink() {
  return useMutation({ mutationFn: (orderId: string) => trackingApi.link(orderId) });
}
