import { describe, expect, it } from 'vitest';
import { isDefaultLimit, limitErrors, limitInputs, nextLimit, orderLimits, validateLimits } from './limitRows';
import type { AuthorityLimit } from './types';

const limit = (zone_id: string | null, product_line: string, fields: Partial<AuthorityLimit> = {}): AuthorityLimit => ({
  zone_id,
  zone_name: zone_id ? `Zone ${zone_id}` : null,
  product_line,
  rep_max_discount_pct: 10,
  manager_max_discount_pct: 20,
  director_above_amount: 10_000_000,
  price_floor_pct: 50,
  discount_forbidden: false,
  ...fields,
});

describe('limitErrors', () => {
  it('puts server errors on their row and cell', () => {
    const out = limitErrors([
      { field: 'items[2].rep_max_discount_pct', message: 'must be 0..100' },
      { field: 'items[1].director_above_amount', message: 'must not be negative' },
      { field: 'items[3]', message: 'duplicate zone and product line' },
      { field: 'items[0].colour', message: 'unknown field' },
    ]);
    expect(out.rows.get(2)).toEqual({ rep_max_discount_pct: { kind: 'server', message: 'must be 0..100' } });
    expect(out.rows.get(1)?.director_above_amount?.message).toBe('must not be negative');
    expect(out.rows.get(3)?.row?.message).toBe('duplicate zone and product line');
    expect(out.rows.get(0)?.row?.message).toBe('unknown field');
    expect(out.general).toEqual([]);
  });

  it('keeps the kind of its own checks and treats the list as general', () => {
    const out = limitErrors(validateLimits([limit('4', '', { price_floor_pct: 120 })].map((l) => ({ ...l }))));
    expect(out.rows.get(0)?.price_floor_pct?.kind).toBe('pct');
    expect(out.general.map((e) => e.kind)).toEqual(['default']);
    expect(limitErrors([{ field: 'items', message: 'exactly one default row' }]).general).toEqual([
      { kind: 'server', message: 'exactly one default row' },
    ]);
  });
});

describe('validateLimits', () => {
  it('accepts the default row alone', () => {
    expect(validateLimits(limitInputs([limit(null, '')]))).toEqual([]);
  });

  it('checks percents, the amount, duplicates and the default like the server', () => {
    const items = limitInputs([
      limit(null, ''),
      limit('4', '', { rep_max_discount_pct: Number.NaN, manager_max_discount_pct: 101 }),
      limit('4', ' ', { director_above_amount: -1 }),
      limit('5', 'Furniture', { price_floor_pct: -5, director_above_amount: 12.5 }),
      limit('5', 'Technology', { rep_max_discount_pct: 15, manager_max_discount_pct: 12 }),
    ]);
    expect(validateLimits(items).map((e) => `${e.field}:${e.kind}`)).toEqual([
      'items[1].rep_max_discount_pct:pct',
      'items[1].manager_max_discount_pct:pct',
      'items[2].director_above_amount:amount',
      'items[2]:duplicate',
      'items[3].price_floor_pct:pct',
      'items[3].director_above_amount:amount',
      'items[4].manager_max_discount_pct:belowRep',
    ]);
  });

  it('needs exactly one default row', () => {
    expect(validateLimits(limitInputs([limit('4', '')])).map((e) => e.field)).toEqual(['items']);
    expect(validateLimits(limitInputs([limit(null, ''), limit(null, '')])).map((e) => e.field)).toEqual(['items[1]', 'items']);
  });
});

describe('rows', () => {
  it('recognises the default row, also with a blank product line', () => {
    expect(isDefaultLimit(limit(null, ''))).toBe(true);
    expect(isDefaultLimit(limit(null, '  '))).toBe(true);
    expect(isDefaultLimit(limit('4', ''))).toBe(false);
    expect(isDefaultLimit(limit(null, 'Furniture'))).toBe(false);
  });

  it('orders the default first, then every-zone rows, then by zone and line', () => {
    const ordered = orderLimits([limit('5', 'Technology'), limit(null, 'Furniture'), limit('4', ''), limit(null, ''), limit('5', '')]);
    expect(ordered.map((l) => `${l.zone_id ?? '*'}/${l.product_line}`)).toEqual(['*/', '*/Furniture', '4/', '5/', '5/Technology']);
  });

  it('sends no zone name and trimmed product lines', () => {
    expect(limitInputs([limit('4', ' Furniture ')])).toEqual([
      {
        zone_id: '4',
        product_line: 'Furniture',
        rep_max_discount_pct: 10,
        manager_max_discount_pct: 20,
        director_above_amount: 10_000_000,
        price_floor_pct: 50,
        discount_forbidden: false,
      },
    ]);
  });

  it('adds a row for the first zone without one, with the default limits', () => {
    const zones = [
      { id: '1', kind: 'company', name: 'HQ' },
      { id: '2', kind: 'region', name: 'East' },
      { id: '4', kind: 'zone', name: 'Shanghai' },
      { id: '5', kind: 'zone', name: 'Hangzhou' },
    ];
    const base = limit(null, '', { rep_max_discount_pct: 8, director_above_amount: null });
    expect(nextLimit([base, limit('4', '')], zones)).toMatchObject({ zone_id: '5', zone_name: 'Hangzhou', product_line: '', rep_max_discount_pct: 8, director_above_amount: null });
    expect(nextLimit([base, limit('4', ''), limit('5', '')], zones).zone_id).toBe('2');
    expect(nextLimit([base, limit('4', ''), limit('5', ''), limit('2', '')], zones).zone_id).toBeNull();
  });
});
