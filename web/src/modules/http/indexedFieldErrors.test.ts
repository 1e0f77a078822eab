import { describe, expect, it } from 'vitest';
import { indexedFieldErrors } from './indexedFieldErrors';

const messages = (row: Record<string, { message: string }> | undefined) =>
  row && Object.fromEntries(Object.entries(row).map(([field, e]) => [field, e.message]));

describe('indexedFieldErrors', () => {
  it('puts item errors on their index and field', () => {
    const out = indexedFieldErrors(
      [
        { field: 'items[2].rep_max_discount_pct', message: 'must be 0..100' },
        { field: 'items[0].director_above_amount', message: 'must not be negative' },
        { field: 'items[2].price_floor_pct', message: 'must be 0..100' },
        { field: 'items[3]', message: 'another row has the same zone and product line' },
      ],
      'items',
    );
    expect(messages(out.rows.get(2))).toEqual({ rep_max_discount_pct: 'must be 0..100', price_floor_pct: 'must be 0..100' });
    expect(messages(out.rows.get(0))).toEqual({ director_above_amount: 'must not be negative' });
    expect(messages(out.rows.get(3))).toEqual({ '': 'another row has the same zone and product line' });
    expect(out.general).toEqual([]);
  });

  it('keeps the first error of a cell, with whatever else it carries', () => {
    const out = indexedFieldErrors(
      [
        { field: 'lines[1].discount_pct', message: 'discounts are not allowed on product line Technology', kind: 'a' },
        { field: 'lines[1].discount_pct', message: 'second', kind: 'b' },
      ],
      'lines',
    );
    expect(out.rows.get(1)?.discount_pct).toEqual({
      field: 'lines[1].discount_pct',
      message: 'discounts are not allowed on product line Technology',
      kind: 'a',
    });
  });

  it('leaves the list itself, other lists and other fields general', () => {
    const errors = [
      { field: 'items', message: 'exactly one default row is required' },
      { field: 'lines[0].quantity', message: 'x' },
      { field: 'version', message: 'stale' },
      { field: 'items[x].a', message: 'odd' },
    ];
    const out = indexedFieldErrors(errors, 'items');
    expect(out.rows.size).toBe(0);
    expect(out.general).toEqual(errors);
  });

  it('keeps a nested list in the field', () => {
    const out = indexedFieldErrors([{ field: 'actions[0].steps[1].role', message: 'an existing role' }], 'actions');
    expect(out.rows.get(0)).toEqual({ 'steps[1].role': { field: 'actions[0].steps[1].role', message: 'an existing role' } });
    expect(out.general).toEqual([]);
  });
});
