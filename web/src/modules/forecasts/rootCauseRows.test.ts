import { describe, expect, it } from 'vitest';
import type { Translate } from './modelLabel';
import { rootCauseRows } from './rootCauseRows';
import type { RootCauseChild } from './types';

const zh: Record<string, string> = { 'channels.store': '门店', 'channels.online': '线上' };
const t: Translate = (key, options) => zh[key] ?? options?.defaultValue ?? key;

const child = (key: string, share: number, label = key): RootCauseChild => ({
  key,
  label,
  actual: 0,
  expected: 1000,
  gap: -1000 * share,
  share,
});

describe('rootCauseRows', () => {
  it('ranks by share of the gap and translates known members', () => {
    const rows = rootCauseRows('channel', [child('online', 0.18), child('store', 0.6), child('direct', 0.22)], t);
    expect(rows.map((r) => r.label)).toEqual(['门店', 'direct', '线上']);
    expect(rows[0].sharePct).toBeCloseTo(60);
    expect(rows[0].bar).toBeCloseTo(60);
  });

  it('keeps customer and product names as the server sends them', () => {
    const rows = rootCauseRows('customer', [child('DJ-13630', 0.16, 'Doug Jacobs')], t);
    expect(rows[0].label).toBe('Doug Jacobs');
  });

  it('clamps bars of shares past 100 % or below 0', () => {
    const rows = rootCauseRows('category', [child('A', 1.3), child('B', -0.3)], t);
    expect(rows.map((r) => [Math.round(r.sharePct), r.bar])).toEqual([
      [130, 100],
      [-30, 0],
    ]);
  });
});
