import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

describe('formatDate', () => {
  it('shows a plain date as written, whatever the time zone', () => {
    expect(formatDate('2017-12-30', 'zh-CN')).toBe('2017/12/30');
    expect(formatDate('2017-12-30', 'en-US')).toBe('12/30/2017');
  });

  it('shows an instant as the date in the given zone', () => {
    expect(formatDate('2026-01-31T20:00:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026/02/01');
    expect(formatDate('2026-01-31T20:00:00Z', 'en-US', 'UTC')).toBe('01/31/2026');
  });

  it('is empty for nothing and passes through junk', () => {
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDate('soon', 'zh-CN')).toBe('soon');
  });
});
