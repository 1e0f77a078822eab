import { useQuery } from '@tanstack/react-query';
import { notificationsApi } from './notificationsApi';

export const notificationsQueryKey = ['notifications'] as const;

/** The latest notifications and the unread count (refreshed by the WebSocket). */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => notificationsApi.latest(signal),
    enabled,
    // A slow poll as a safety net in case the socket is down.
    refetchInterval: 120_000,
  });
}
