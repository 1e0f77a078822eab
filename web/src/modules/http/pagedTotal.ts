import type { ListResponse } from './ListResponse';

/**
 * The row count a table's pagination should use. Past a capped `total` (the server
 * stops counting at 10,000) there is a next page as long as `next_cursor` says so.
 */
export function pagedTotal(data: Pick<ListResponse<unknown>, 'items' | 'total' | 'next_cursor' | 'total_capped'> | undefined, offset: number): number {
  if (!data) return 0;
  if (!data.total_capped) return data.total;
  return Math.max(data.total, offset + data.items.length + (data.next_cursor ? 1 : 0));
}
