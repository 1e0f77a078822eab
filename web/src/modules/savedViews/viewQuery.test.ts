import { describe, expect, it } from 'vitest';
import type { ViewFields } from './types';
import { viewQuery } from './viewQuery';

type Filters = { q?: string; status?: string; open?: boolean; sort?: string; limit: number; offset: number };
const fields: ViewFields = { q: 'string', status: 'string', open: 'boolean' };

describe('viewQuery', () => {
  it('saves the filters and sort, never paging or empty values', () => {
    const filters: Filters = { q: '华东', status: '', open: false, sort: '-revenue_12m', limit: 50, offset: 100 };
    expect(viewQuery.fromFilters(filters, fields)).toEqual({ filters: { q: '华东', open: false }, sort: '-revenue_12m' });
    expect(viewQuery.fromFilters({ limit: 20, offset: 0 }, fields)).toEqual({ filters: {} });
  });

  it('applies a view: replaces every saved field, keeps the page size, goes to the first page', () => {
    const current: Filters = { q: 'old', status: 'lost', sort: 'name', limit: 50, offset: 200 };
    expect(viewQuery.toFilters({ filters: { status: 'active' } }, current, fields, '-revenue_12m')).toEqual({
      q: undefined,
      status: 'active',
      open: undefined,
      sort: '-revenue_12m',
      limit: 50,
      offset: 0,
    });
  });

  it('ignores unknown fields and values of the wrong type', () => {
    const applied = viewQuery.toFilters({ filters: { status: 3, open: 'yes', hack: 'x' }, sort: 'code' }, { limit: 20, offset: 0 }, fields);
    expect(applied).toEqual({ q: undefined, status: undefined, open: undefined, sort: 'code', limit: 20, offset: 0 });
  });

  it('round-trips filters through a view', () => {
    const filters: Filters = { q: 'Acme', status: 'active', open: true, sort: '-order_date', limit: 20, offset: 0 };
    expect(viewQuery.toFilters(viewQuery.fromFilters(filters, fields), { limit: 20, offset: 60 }, fields)).toEqual(filters);
  });

  it('compares queries regardless of key order and missing keys', () => {
    expect(viewQuery.same({ filters: { a: '1', b: true }, sort: 'x' }, { filters: { b: true, a: '1' }, sort: 'x' })).toBe(true);
    expect(viewQuery.same({ filters: { a: '1' } }, { filters: { a: '1' }, sort: 'x' })).toBe(false);
    expect(viewQuery.same({ filters: { a: '1' } }, { filters: { a: '1', b: false } })).toBe(false);
  });

  it('parses what the server stored, defensively', () => {
    expect(viewQuery.parse({ filters: { grade: 'A', n: 2, bad: { x: 1 }, empty: '' }, sort: '-revenue_12m', columns: [] })).toEqual({
      filters: { grade: 'A', n: 2 },
      sort: '-revenue_12m',
    });
    expect(viewQuery.parse(null)).toEqual({ filters: {} });
    expect(viewQuery.parse(['x'])).toEqual({ filters: {} });
    expect(viewQuery.parse({ filters: 'grade=A', sort: 5 })).toEqual({ filters: {} });
  });
});
