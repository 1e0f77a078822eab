import { describe, expect, it } from 'vitest';
import { recordPath } from './recordPath';

describe('recordPath', () => {
  it('links quotes, orders, customers and opportunities', () => {
    expect(recordPath('quote', '12')).toBe('/quotes/12');
    expect(recordPath('order', '7')).toBe('/orders/7');
    expect(recordPath('customer', '3')).toBe('/customers/3');
    expect(recordPath('opportunity', '9')).toBe('/opportunities/9');
  });

  it('is null for unknown objects or a missing id', () => {
    expect(recordPath('shipment', '1')).toBeNull();
    expect(recordPath('quote', null)).toBeNull();
    expect(recordPath(null, '1')).toBeNull();
  });
});
