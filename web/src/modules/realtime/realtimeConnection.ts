import { RecordWatches, watchFrame } from './recordWatches';

const watches = new RecordWatches();
let sender: ((frame: string) => void) | null = null;

/**
 * The socket hands over its send function when it opens (and null when it closes). Every
 * record still watched is watched again: the server forgot them with the old connection.
 */
export function attachRealtimeSender(send: ((frame: string) => void) | null): void {
  sender = send;
  if (send) for (const record of watches.all()) send(watchFrame('watch', record));
}

/**
 * Asks the server for `record_changed` about one record until the returned function is
 * called. Safe while disconnected: the watch is sent once the socket opens.
 */
export function watchRecord(object: string, id: string): () => void {
  if (watches.add(object, id)) sender?.(watchFrame('watch', { object, id }));
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (watches.remove(object, id)) sender?.(watchFrame('unwatch', { object, id }));
  };
}
