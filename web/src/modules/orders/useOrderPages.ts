import { useEffect, useRef } from 'react';
import { pageCursors } from '../http/pageCursors';
import type { OrderFilters } from './types';
import { useOrders } from './useOrders';

/**
 * The orders list's pages: paging forward uses the previous page's `next_cursor`
 * (keyset paging, fast at any depth and past the 10,000 the server counts), any other
 * page its offset.
 */
export function useOrderPages(filters: OrderFilters, enabled = true) {
  const key = pageCursors.key(filters);
  const cursors = useRef(pageCursors.empty);
  const cursor = pageCursors.find(cursors.current, key, filters.offset);
  const query = useOrders(filters, enabled, cursor);
  const nextCursor = query.isPlaceholderData ? null : (query.data?.next_cursor ?? null);

  useEffect(() => {
    if (nextCursor) cursors.current = pageCursors.remember(cursors.current, key, filters.offset + filters.limit, nextCursor);
  }, [nextCursor, key, filters.offset, filters.limit]);

  return query;
}
