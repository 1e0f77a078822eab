import { describe, expect, it } from 'vitest';
import { groupDigits } from './groupDigits';

describe('groupDigits', () => {
  it('groups the whole part only', () => {
    expect(groupDigits(100000)).toBe('100,000');
    expect(groupDigits('1234567.5')).toBe('1,234,567.5');
    expect(groupDigits('100000.1234')).toBe('100,000.1234');
    expect(groupDigits('-2500')).toBe('-2,500');
    expect(groupDigits('999')).toBe('999');
  });

  it('is empty for nothing', () => {
    expect(groupDigits(undefined)).toBe('');
    expect(groupDigits(null)).toBe('');
    expect(groupDigits('')).toBe('');
  });
});
