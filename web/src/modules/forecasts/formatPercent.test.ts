import { describe, expect, it } from 'vitest';
import { formatPercent } from './formatPercent';

describe('formatPercent', () => {
  it('formats percent values with fixed digits', () => {
    expect(formatPercent(82.691, 'zh-CN')).toBe('82.7%');
    expect(formatPercent(80, 'en-US')).toBe('80.0%');
    expect(formatPercent(1.2345, 'en-US', { digits: 2 })).toBe('1.23%');
  });

  it('signs gaps when asked', () => {
    expect(formatPercent(35.24, 'en-US', { signed: true })).toBe('+35.2%');
    expect(formatPercent(-96.2, 'en-US', { signed: true })).toBe('-96.2%');
    expect(formatPercent(0, 'en-US', { signed: true })).toBe('0.0%');
  });

  it('shows a dash for no value', () => {
    expect(formatPercent(null, 'zh-CN')).toBe('—');
    expect(formatPercent(undefined, 'zh-CN')).toBe('—');
    expect(formatPercent(Number.NaN, 'zh-CN')).toBe('—');
  });
});
