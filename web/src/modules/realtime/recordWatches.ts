import type { WatchedRecord } from './types';

const keyOf = (object: string, id: string) => `${object}\u0000${id}`;

/**
 * The records watched over the WebSocket, counted per page that watches them: only the
 * first watcher of a record sends `watch` and only the last one to leave sends `unwatch`,
 * so two cards of one page can watch the same quote. After a reconnect the server knows no
 * watches, so the socket sends every one in `all()` again.
 */
export class RecordWatches {
  private readonly counts = new Map<string, { record: WatchedRecord; count: number }>();

  /** True when this is the record's first watcher (time to send `watch`). */
  add(object: string, id: string): boolean {
    const key = keyOf(object, id);
    const entry = this.counts.get(key);
    if (entry) {
      entry.count += 1;
      return false;
    }
    this.counts.set(key, { record: { object, id }, count: 1 });
    return true;
  }

  /** True when the last watcher left (time to send `unwatch`). */
  remove(object: string, id: string): boolean {
    const key = keyOf(object, id);
    const entry = this.counts.get(key);
    if (!entry) return false;
    entry.count -= 1;
    if (entry.count > 0) return false;
    this.counts.delete(key);
    return true;
  }

  all(): WatchedRecord[] {
    return [...this.counts.values()].map((e) => e.record);
  }
}

/** The frame that starts or stops watching a record. */
export function watchFrame(type: 'watch' | 'unwatch', record: WatchedRecord): string {
  return JSON.stringify({ type, object: record.object, id: record.id });
}
