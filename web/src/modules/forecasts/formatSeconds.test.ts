import { describe, expect, it } from 'vitest';
import { formatSeconds } from './formatSeconds';

describe('formatSeconds', () => {
  it('says seconds, then minutes and seconds', () => {
    expect(formatSeconds(37.6, 'en-US')).toBe('38 sec');
    expect(formatSeconds(125, 'en-US')).toBe('2 min 5 sec');
    expect(formatSeconds(120, 'en-US')).toBe('2 min');
    expect(formatSeconds(38, 'zh-CN')).toBe('38秒');
  });

  it('shows nothing for no duration', () => {
    expect(formatSeconds(null, 'en-US')).toBe('');
    expect(formatSeconds(Number.NaN, 'en-US')).toBe('');
  });
});
