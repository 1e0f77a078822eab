import { describe, expect, it } from 'vitest';
import { buildUrl } from '../http/request';
import { exportQuery } from './exportQuery';

describe('exportQuery', () => {
  it('keeps filters and sort, drops paging and empty values, adds the format', () => {
    const query = exportQuery(
      { q: '华东', status: 'confirmed', from: '2026-01-01', to: undefined, owner_id: '', sort: '-order_date', limit: 20, offset: 40 },
      'csv',
    );
    expect(query).toEqual({ q: '华东', status: 'confirmed', from: '2026-01-01', sort: '-order_date', format: 'csv' });
    expect(buildUrl('/orders/export', query)).toBe(
      '/api/v1/orders/export?q=%E5%8D%8E%E4%B8%9C&status=confirmed&from=2026-01-01&sort=-order_date&format=csv',
    );
  });

  it('keeps false booleans and drops a cursor', () => {
    expect(exportQuery({ open: false, cursor: 'abc', limit: 200 }, 'xlsx')).toEqual({ open: false, format: 'xlsx' });
  });
});
