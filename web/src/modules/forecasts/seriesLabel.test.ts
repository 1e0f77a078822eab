import { describe, expect, it } from 'vitest';
import type { Translate } from './modelLabel';
import { keyedSeriesLabel, memberLabel, membersOfKey, seriesLabel } from './seriesLabel';

const zh: Record<string, string> = {
  'forecasts.totalSeries': '销售总额',
  'sales.categories.Furniture': '家具',
  'channels.online': '线上',
  'customers.segments.Corporate': '企业客户',
};
const t: Translate = (key, options) => zh[key] ?? options?.defaultValue ?? key;

describe('seriesLabel', () => {
  it('names the total', () => {
    expect(seriesLabel({ key: 'total', label: 'total', members: {} }, [], t)).toBe('销售总额');
  });

  it('keeps zone names and translates categories, channels and segments', () => {
    const series = { key: 'zone=EAST|category=Furniture', label: 'East / Furniture', members: { zone: 'EAST', category: 'Furniture' } };
    expect(seriesLabel(series, ['zone', 'category'], t)).toBe('East / 家具');
    expect(seriesLabel({ key: 'channel=online', label: 'online', members: { channel: 'online' } }, ['channel'], t)).toBe('线上');
    expect(seriesLabel({ key: 'segment=Corporate', label: 'Corporate', members: { segment: 'Corporate' } }, ['segment'], t)).toBe(
      '企业客户',
    );
  });

  it('falls back to the server label for unknown members or an unexpected shape', () => {
    expect(seriesLabel({ key: 'category=Toys', label: 'Toys', members: { category: 'Toys' } }, ['category'], t)).toBe('Toys');
    expect(seriesLabel({ key: 'zone=X', label: 'A / B', members: { zone: 'X' } }, ['zone'], t)).toBe('A / B');
  });
});

describe('memberLabel', () => {
  it('translates known members and keeps the rest', () => {
    expect(memberLabel('channel', 'online', 'online', t)).toBe('线上');
    expect(memberLabel('customer', 'DJ-1', 'Doug Jacobs', t)).toBe('Doug Jacobs');
    expect(memberLabel('category', 'Toys', 'Toys', t)).toBe('Toys');
  });
});

describe('membersOfKey / keyedSeriesLabel', () => {
  it('splits a key into members in key order', () => {
    expect(membersOfKey('zone=EAST|category=Furniture')).toEqual({
      members: { zone: 'EAST', category: 'Furniture' },
      dimensions: ['zone', 'category'],
    });
    expect(membersOfKey('total')).toEqual({ members: {}, dimensions: [] });
    expect(membersOfKey('category=A=B')).toEqual({ members: { category: 'A=B' }, dimensions: ['category'] });
  });

  it('names an alert series like the explorer does', () => {
    expect(keyedSeriesLabel({ key: 'total', label: 'Total' }, t)).toBe('销售总额');
    expect(keyedSeriesLabel({ key: 'zone=EAST|category=Furniture', label: 'East / Furniture' }, t)).toBe('East / 家具');
    expect(keyedSeriesLabel({ key: 'channel=online', label: 'online' }, t)).toBe('线上');
  });
});
