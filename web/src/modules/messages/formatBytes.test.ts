import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('uses the largest unit that keeps a number of at least 1', () => {
    expect(formatBytes(0, 'en-US')).toBe('0 B');
    expect(formatBytes(512, 'en-US')).toBe('512 B');
    expect(formatBytes(1024, 'en-US')).toBe('1 KB');
    expect(formatBytes(6302, 'en-US')).toBe('6.2 KB');
    expect(formatBytes(200 * 1024, 'zh-CN')).toBe('200 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en-US')).toBe('5 MB');
    expect(formatBytes(1536 * 1024, 'en-US')).toBe('1.5 MB');
  });

  it('groups digits in the UI language', () => {
    expect(formatBytes(1000, 'en-US')).toBe('1,000 B');
  });

  it('is empty for nothing', () => {
    expect(formatBytes(null, 'en-US')).toBe('');
    expect(formatBytes(-1, 'en-US')).toBe('');
    expect(formatBytes(Number.NaN, 'en-US')).toBe('');
  });
});
