import { describe, expect, it } from 'vitest';
import { monthLabel } from './monthLabel';

describe('monthLabel', () => {
  it('names a month in the UI language', () => {
    expect(monthLabel('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(monthLabel('2026-03', 'en-US')).toBe('Mar 2026');
    expect(monthLabel('2026-12', 'zh-CN', true)).toBe('12月');
    expect(monthLabel('2026-12', 'en-US', true)).toBe('Dec');
  });

  it('leaves anything else alone', () => {
    expect(monthLabel('Q1', 'en-US')).toBe('Q1');
  });
});
