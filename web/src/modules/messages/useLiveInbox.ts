import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeRealtime } from '../realtime/realtimeBus';
import { inboxQueryKey } from './queryKeys';

/** Reloads the inbox when a `message` notification arrives (a direct message or a mention), or after a reconnect. */
export function useLiveInbox(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeRealtime((message) => {
        const told = message.type === 'notification' && message.notification.kind === 'message';
        const missed = message.type === 'open' && message.reconnect;
        if (told || missed) void queryClient.invalidateQueries({ queryKey: inboxQueryKey });
      }),
    [queryClient],
  );
}
