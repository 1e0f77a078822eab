import { describe, expect, it } from 'vitest';
import { monthGridRange } from './monthGridRange';

describe('monthGridRange', () => {
  it('starts on the week day before the 1st and spans 42 days (Monday weeks)', () => {
    // 1 Nov 2026 is a Sunday: a Monday-first grid starts on Monday 26 Oct.
    expect(monthGridRange(2026, 11, 1)).toEqual({
      first: { year: 2026, month: 10, day: 26 },
      end: { year: 2026, month: 12, day: 7 },
    });
  });

  it('starts on the 1st itself when it opens the week (Sunday weeks)', () => {
    expect(monthGridRange(2026, 11, 0)).toEqual({
      first: { year: 2026, month: 11, day: 1 },
      end: { year: 2026, month: 12, day: 13 },
    });
  });

  it('crosses year ends', () => {
    // 1 Jan 2027 is a Friday.
    expect(monthGridRange(2027, 1, 1)).toEqual({
      first: { year: 2026, month: 12, day: 28 },
      end: { year: 2027, month: 2, day: 8 },
    });
    expect(monthGridRange(2026, 12, 0).end).toEqual({ year: 2027, month: 1, day: 10 });
  });
});
