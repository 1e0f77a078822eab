import { describe, expect, it } from 'vitest';
import { diffEntries } from './diffEntries';

describe('diffEntries', () => {
  it('marks changed, added and removed keys', () => {
    const rows = diffEntries({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', d: true });
    expect(rows).toEqual([
      { key: 'a', before: 1, after: 1, changed: false },
      { key: 'b', before: 'x', after: 'y', changed: true },
      { key: 'c', before: [1], after: undefined, changed: true },
      { key: 'd', before: undefined, after: true, changed: true },
    ]);
  });

  it('treats null snapshots (create / delete) as empty', () => {
    expect(diffEntries(null, { a: 1 })).toEqual([{ key: 'a', before: undefined, after: 1, changed: true }]);
    expect(diffEntries({ a: 1 }, null)).toEqual([{ key: 'a', before: 1, after: undefined, changed: true }]);
    expect(diffEntries(null, null)).toEqual([]);
  });

  it('compares nested values structurally', () => {
    expect(diffEntries({ p: { x: [1, 2] } }, { p: { x: [1, 2] } })[0].changed).toBe(false);
  });
});
