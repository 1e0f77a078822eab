import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { subscribeRealtime } from './realtimeBus';
import { watchRecord } from './realtimeConnection';

/**
 * Keeps a record page current while others work on the record: watches it over the
 * WebSocket from mount (and again after a reconnect) to unmount, and reloads `queryKeys`
 * (prefixes, as in `invalidateQueries`) when the server says it changed — or after a
 * reconnect, when a change may have been missed. Nothing is watched without an id.
 */
export function useLiveRecord(object: string, id: string | undefined, queryKeys: readonly QueryKey[]): void {
  const queryClient = useQueryClient();
  // A fresh array on every render must not restart the watch.
  const keys = JSON.stringify(queryKeys);
  const stableKeys = useMemo(() => JSON.parse(keys) as QueryKey[], [keys]);

  useEffect(() => {
    if (!id) return undefined;
    const unwatch = watchRecord(object, id);
    const unsubscribe = subscribeRealtime((message) => {
      const changed = message.type === 'record_changed' && message.object === object && message.id === id;
      const missed = message.type === 'open' && message.reconnect;
      if (!changed && !missed) return;
      for (const queryKey of stableKeys) void queryClient.invalidateQueries({ queryKey });
    });
    return () => {
      unsubscribe();
      unwatch();
    };
  }, [object, id, stableKeys, queryClient]);
}
