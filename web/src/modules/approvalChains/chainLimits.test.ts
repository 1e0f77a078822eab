import { describe, expect, it } from 'vitest';
import { chainLimits } from './chainLimits';

const row = (zone_id: string | null, product_line: string, rep: number, manager: number, above: number | null) => ({
  zone_id,
  product_line,
  rep_max_discount_pct: rep,
  manager_max_discount_pct: manager,
  director_above_amount: above,
  price_floor_pct: 50,
  discount_forbidden: false,
});

describe('chainLimits', () => {
  it('reads the default row and counts the overrides', () => {
    expect(chainLimits([row('7', 'Furniture', 5, 15, null), row(null, '', 10, 20, 10_000_000), row(null, 'Technology', 8, 18, null)])).toEqual({
      repMaxPct: 10,
      managerMaxPct: 20,
      directorAbove: 10_000_000,
      overrides: 2,
    });
  });

  it('has no figures without a default row', () => {
    expect(chainLimits([])).toEqual({ repMaxPct: null, managerMaxPct: null, directorAbove: null, overrides: 0 });
  });
});
