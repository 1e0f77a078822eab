import { describe, expect, it } from 'vitest';
import { pageCursors } from './pageCursors';

describe('pageCursors', () => {
  const key = pageCursors.key({ q: 'CA', sort: '-order_date', limit: 20, offset: 40, status: undefined });

  it('keys a query without its position or empty filters, in a stable order', () => {
    expect(key).toBe(pageCursors.key({ limit: 20, sort: '-order_date', q: 'CA', offset: 0, cursor: 'x', status: '' }));
    expect(key).not.toBe(pageCursors.key({ q: 'CA', sort: 'total', limit: 20, offset: 40 }));
    expect(key).not.toBe(pageCursors.key({ q: 'CA', sort: '-order_date', limit: 50, offset: 40 }));
  });

  it('finds the cursor remembered for the next page of the same query only', () => {
    let state = pageCursors.remember(pageCursors.empty, key, 20, 'c20');
    state = pageCursors.remember(state, key, 40, 'c40');
    expect(pageCursors.find(state, key, 40)).toBe('c40');
    expect(pageCursors.find(state, key, 20)).toBe('c20');
    expect(pageCursors.find(state, key, 60)).toBeUndefined();
    expect(pageCursors.find(state, key, 0)).toBeUndefined();
    expect(pageCursors.find(state, pageCursors.key({ sort: 'total', limit: 20 }), 40)).toBeUndefined();
  });

  it('forgets every cursor when the query changes', () => {
    const state = pageCursors.remember(pageCursors.remember(pageCursors.empty, key, 20, 'a'), 'other', 20, 'b');
    expect(state).toEqual({ key: 'other', byOffset: { 20: 'b' } });
    expect(pageCursors.remember(state, 'other', 20, 'b')).toBe(state);
  });
});
