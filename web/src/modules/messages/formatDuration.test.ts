import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it('shows minutes and seconds', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_000)).toBe('0:07');
    expect(formatDuration(6_600)).toBe('0:07');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(299_000)).toBe('4:59');
    expect(formatDuration(300_000)).toBe('5:00');
  });

  it('adds hours when needed', () => {
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('is 0:00 for nothing', () => {
    expect(formatDuration(null)).toBe('0:00');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});
