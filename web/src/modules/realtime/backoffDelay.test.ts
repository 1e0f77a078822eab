import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay';

describe('backoffDelay', () => {
  const mid = () => 0.5; // jitter factor exactly 1

  it('doubles per attempt from one second', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, mid))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never exceeds the cap, even with jitter', () => {
    expect(backoffDelay(20, () => 1)).toBe(30_000);
    expect(backoffDelay(50, mid)).toBe(30_000);
  });

  it('jitters within ±20 %', () => {
    expect(backoffDelay(1, () => 0)).toBe(1600);
    expect(backoffDelay(1, () => 0.999999)).toBe(2400);
  });
});
