import { describe, expect, it } from 'vitest';
import { sortOrderFor, sortParam } from './sortParam';

describe('sortParam', () => {
  it('maps antd sorter state to the API sort parameter', () => {
    expect(sortParam({ field: 'name', order: 'ascend' })).toBe('name');
    expect(sortParam({ field: 'revenue_12m', order: 'descend' })).toBe('-revenue_12m');
    expect(sortParam({ columnKey: 'order_date', field: 'x', order: 'descend' })).toBe('-order_date');
    expect(sortParam({ field: 'name', order: null })).toBeUndefined();
    expect(sortParam([{ field: 'code', order: 'ascend' }])).toBe('code');
    expect(sortParam([])).toBeUndefined();
  });

  it('gives each column its controlled order', () => {
    expect(sortOrderFor('-order_date', 'order_date')).toBe('descend');
    expect(sortOrderFor('name', 'name')).toBe('ascend');
    expect(sortOrderFor('name', 'code')).toBeNull();
    expect(sortOrderFor(undefined, 'code')).toBeNull();
  });
});
