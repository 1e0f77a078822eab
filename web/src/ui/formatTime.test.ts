import { describe, expect, it } from 'vitest';
import { formatTime } from './formatTime';

describe('formatTime', () => {
  it('shows the 24-hour time of day in the given zone', () => {
    expect(formatTime('2026-11-27T01:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('09:30');
    expect(formatTime('2026-11-27T13:05:00Z', 'en-US', 'UTC')).toBe('13:05');
  });

  it('is empty for nothing and passes through junk', () => {
    expect(formatTime(null, 'zh-CN')).toBe('');
    expect(formatTime('later', 'zh-CN')).toBe('later');
  });
});
