import { describe, expect, it } from 'vitest';
import { formatWinRate } from './formatWinRate';

describe('formatWinRate', () => {
  it('shows a percentage with at most one decimal', () => {
    expect(formatWinRate(0.5, 'en-US')).toBe('50%');
    expect(formatWinRate(2 / 3, 'en-US')).toBe('66.7%');
    expect(formatWinRate(1, 'zh-CN')).toBe('100%');
    expect(formatWinRate(0, 'zh-CN')).toBe('0%');
  });

  it('shows a dash when nothing closed', () => {
    expect(formatWinRate(null, 'en-US')).toBe('—');
    expect(formatWinRate(undefined, 'zh-CN')).toBe('—');
  });
});
