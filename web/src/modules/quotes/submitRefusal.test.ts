import { describe, expect, it } from 'vitest';
import { readSubmitRefusal } from './submitRefusal';

describe('readSubmitRefusal', () => {
  it('reads a refusal from the location state', () => {
    const refusal = { quoteId: '12', version: 2, errors: [{ field: 'lines[1].discount_pct', message: 'discounts are not allowed on product line Technology' }] };
    expect(readSubmitRefusal({ submitRefusal: refusal })).toEqual(refusal);
  });

  it('ignores anything else', () => {
    expect(readSubmitRefusal(null)).toBeNull();
    expect(readSubmitRefusal(undefined)).toBeNull();
    expect(readSubmitRefusal({ other: 1 })).toBeNull();
    expect(readSubmitRefusal({ submitRefusal: { quoteId: 12, version: 2, errors: [] } })).toBeNull();
    expect(readSubmitRefusal({ submitRefusal: { quoteId: '12', version: 2, errors: [{ field: 'x' }, 'junk'] } })).toEqual({
      quoteId: '12',
      version: 2,
      errors: [],
    });
  });
});
