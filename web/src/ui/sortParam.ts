import type { SortOrder } from 'antd/es/table/interface';

type Sorter = { field?: unknown; columnKey?: unknown; order?: SortOrder };

/** antd Table's sorter → the API's `sort` (`field` or `-field`), undefined when unsorted. */
export function sortParam(sorter: Sorter | Sorter[]): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!s?.order) return undefined;
  const key = typeof s.columnKey === 'string' ? s.columnKey : typeof s.field === 'string' ? s.field : undefined;
  if (!key) return undefined;
  return s.order === 'descend' ? `-${key}` : key;
}

/** The column's controlled `sortOrder` for the current `sort` parameter. */
export function sortOrderFor(sort: string | undefined, field: string): SortOrder {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}
