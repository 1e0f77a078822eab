import { describe, expect, it } from 'vitest';
import { formatPeriod } from './formatPeriod';

describe('formatPeriod', () => {
  it('names months', () => {
    expect(formatPeriod('2026-03-01', 'monthly', 'zh-CN')).toBe('2026年3月');
    expect(formatPeriod('2026-03-01', 'monthly', 'en-US')).toBe('Mar 2026');
    expect(formatPeriod('2026-03-01', 'monthly', 'en-US', true)).toBe('Mar');
  });

  it('names days, with the weekday in the long form', () => {
    expect(formatPeriod('2026-03-05', 'daily', 'en-US')).toBe('Thu, Mar 5, 2026');
    expect(formatPeriod('2026-03-05', 'daily', 'zh-CN')).toBe('2026年3月5日周四');
    expect(formatPeriod('2026-03-05', 'daily', 'en-US', true)).toBe('3/5');
  });

  it('keeps what it cannot read', () => {
    expect(formatPeriod('soon', 'daily', 'en-US')).toBe('soon');
  });
});
