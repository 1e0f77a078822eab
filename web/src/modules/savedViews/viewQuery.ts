import type { ViewFields, ViewQuery, ViewValue } from './types';

/** The shape every list's filter state shares. */
type ListFilters = { sort?: string; limit: number; offset: number };

function isViewValue(value: unknown): value is ViewValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Conversions between a list's filter state and the `query` a saved view stores:
 * `{filters: {status: "active", …}, sort: "-revenue_12m"}`. Paging is never saved.
 */
export const viewQuery = {
  /** The list's filters (only `fields`, without empty values) and sort. */
  fromFilters<F extends ListFilters>(filters: F, fields: ViewFields): ViewQuery {
    const out: Record<string, ViewValue> = {};
    const source: Record<string, unknown> = filters;
    for (const key of Object.keys(fields)) {
      const value = source[key];
      if (!isEmpty(value) && isViewValue(value)) out[key] = value;
    }
    return filters.sort ? { filters: out, sort: filters.sort } : { filters: out };
  },

  /**
   * The list's filters with a view applied: every saved field replaced (cleared when the
   * view lacks it or holds the wrong type), the view's sort or `defaultSort`, first page.
   */
  toFilters<F extends ListFilters>(query: ViewQuery, current: F, fields: ViewFields, defaultSort?: string): F {
    const next: Record<string, unknown> = { ...current, offset: 0, sort: query.sort ?? defaultSort };
    for (const [key, kind] of Object.entries(fields)) {
      const value = query.filters[key];
      next[key] = typeof value === kind && !isEmpty(value) ? value : undefined;
    }
    return next as F;
  },

  /** Whether two queries select the same rows in the same order. */
  same(a: ViewQuery, b: ViewQuery): boolean {
    if ((a.sort ?? '') !== (b.sort ?? '')) return false;
    const keys = new Set([...Object.keys(a.filters), ...Object.keys(b.filters)]);
    for (const key of keys) if (a.filters[key] !== b.filters[key]) return false;
    return true;
  },

  /** A stored `query` read defensively: unknown shapes become "no filters". */
  parse(raw: unknown): ViewQuery {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { filters: {} };
    const record = raw as Record<string, unknown>;
    const filters: Record<string, ViewValue> = {};
    const stored = record.filters;
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      for (const [key, value] of Object.entries(stored)) if (isViewValue(value) && !isEmpty(value)) filters[key] = value;
    }
    return typeof record.sort === 'string' && record.sort ? { filters, sort: record.sort } : { filters };
  },
};
