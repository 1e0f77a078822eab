import { describe, expect, it } from 'vitest';
import { percentChange } from './percentChange';

describe('percentChange', () => {
  it('is the relative change in percent', () => {
    expect(percentChange(150, 100)).toBe(50);
    expect(percentChange(50, 100)).toBe(-50);
    expect(percentChange(100, 100)).toBe(0);
    expect(percentChange(-50, -100)).toBe(50);
  });

  it('is null without a base to compare with', () => {
    expect(percentChange(100, 0)).toBeNull();
    expect(percentChange(Number.NaN, 10)).toBeNull();
  });
});
