import { describe, expect, it } from 'vitest';
import { pagedTotal } from './pagedTotal';

const page = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pagedTotal', () => {
  it('is the total when the server counted everything', () => {
    expect(pagedTotal({ items: page(20), total: 845, next_cursor: 'c' }, 0)).toBe(845);
    expect(pagedTotal(undefined, 0)).toBe(0);
  });

  it('keeps a next page open past a capped total while there is a cursor', () => {
    expect(pagedTotal({ items: page(20), total: 10_000, next_cursor: 'c', total_capped: true }, 0)).toBe(10_000);
    expect(pagedTotal({ items: page(20), total: 10_000, next_cursor: 'c', total_capped: true }, 9_980)).toBe(10_001);
    expect(pagedTotal({ items: page(20), total: 10_000, next_cursor: 'c', total_capped: true }, 12_000)).toBe(12_021);
    expect(pagedTotal({ items: page(7), total: 10_000, next_cursor: null, total_capped: true }, 12_000)).toBe(12_007);
  });
});
