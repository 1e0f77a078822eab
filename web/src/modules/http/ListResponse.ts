/** The shape of every list endpoint. */
export type ListResponse<T> = {
  items: T[];
  total: number;
  /** Passed back as `cursor` for the next page (keyset paging); null on the last page. */
  next_cursor: string | null;
  /** Large lists count `total` up to a cap (10,000) and then set this. */
  total_capped?: boolean;
};
