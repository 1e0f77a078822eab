import type { QueryValue } from '../http/request';
import type { ExportFormat } from './types';

/** Paging belongs to the screen, not to the file: the export has every matching row. */
const PAGING = new Set(['limit', 'offset', 'cursor']);

/** The export's query: the list's filters and sort (no paging) plus the format. */
export function exportQuery(filters: Record<string, QueryValue>, format: ExportFormat): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (PAGING.has(key) || value === undefined || value === null || value === '') continue;
    query[key] = value;
  }
  query.format = format;
  return query;
}
