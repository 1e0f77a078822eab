/** The shape of every list endpoint. */
export type ListResponse<T> = {
  items: T[];
  total: number;
  next_cursor: string | null;
};
