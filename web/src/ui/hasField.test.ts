import { describe, expect, it } from 'vitest';
import { hasField } from './hasField';

describe('hasField', () => {
  it('sees a field present in any row, even when null', () => {
    expect(hasField([{ a: 1 }, { a: 2, cost_price: null }], 'cost_price')).toBe(true);
    expect(hasField([{ a: 1, cost_price: 100 }], 'cost_price')).toBe(true);
  });

  it('is false when no row has it', () => {
    expect(hasField([{ a: 1 }], 'cost_price')).toBe(false);
    expect(hasField([], 'cost_price')).toBe(false);
  });
});
