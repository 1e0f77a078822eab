import { describe, expect, it } from 'vitest';
import { formatPct } from './formatPct';

describe('formatPct', () => {
  it('drops trailing zeros and keeps up to two decimals', () => {
    expect(formatPct(25, 'en-US')).toBe('25%');
    expect(formatPct(12.5, 'zh-CN')).toBe('12.5%');
    expect(formatPct(33.3333, 'en-US')).toBe('33.33%');
    expect(formatPct(0, 'en-US')).toBe('0%');
  });

  it('is empty for no value', () => {
    expect(formatPct(null, 'en-US')).toBe('');
    expect(formatPct(undefined, 'en-US')).toBe('');
    expect(formatPct(Number.NaN, 'en-US')).toBe('');
  });
});
