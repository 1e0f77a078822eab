import type { QueryValue } from './request';

/** The `next_cursor`s seen for one list query (same filters, sort and page size), by page offset. */
export type PageCursors = { key: string; byOffset: Readonly<Record<number, string>> };

/**
 * Keyset paging for offset-paged tables: the page right after one already loaded is
 * asked for with that page's `next_cursor` (stable and fast at any depth); any other
 * page by its offset. A change of filters, sort or page size forgets every cursor.
 */
export const pageCursors = {
  empty: { key: '', byOffset: {} } as PageCursors,

  /** Identifies the query: everything but the position in it. */
  key(filters: Record<string, QueryValue>): string {
    const entries = Object.entries(filters)
      .filter(([k, v]) => k !== 'offset' && k !== 'cursor' && v !== undefined && v !== null && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify(entries);
  },

  /** Records that the page at `offset` of query `key` starts at `cursor`. */
  remember(state: PageCursors, key: string, offset: number, cursor: string): PageCursors {
    const byOffset = state.key === key ? state.byOffset : {};
    if (byOffset[offset] === cursor) return state.key === key ? state : { key, byOffset };
    return { key, byOffset: { ...byOffset, [offset]: cursor } };
  },

  /** The cursor that starts the page at `offset` of query `key`, if one is known. */
  find(state: PageCursors, key: string, offset: number): string | undefined {
    return offset > 0 && state.key === key ? state.byOffset[offset] : undefined;
  },
};
