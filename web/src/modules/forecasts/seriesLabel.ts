import type { Translate } from './modelLabel';
import type { ForecastSeries } from './types';

/** Where each dimension's member values are translated; zones (and customers, products) keep the name the server sends. */
const MEMBER_KEYS: Record<string, string> = {
  category: 'sales.categories',
  channel: 'channels',
  segment: 'customers.segments',
};

/** One member's name in the UI language: ("channel", "online", "online") → "线上"; unknown ones as `fallback`. */
export function memberLabel(dimension: string, value: string, fallback: string, t: Translate): string {
  const prefix = MEMBER_KEYS[dimension];
  return prefix && value ? t(`${prefix}.${value}`, { defaultValue: fallback }) : fallback;
}

/**
 * A series' name in the UI language: "East / Furniture" → "East / 家具". The total is
 * "Total sales"; categories, channels and segments are translated when the UI knows them.
 */
export function seriesLabel(
  series: Pick<ForecastSeries, 'key' | 'label' | 'members'>,
  dimensions: readonly string[],
  t: Translate,
): string {
  if (series.key === 'total' || dimensions.length === 0) return t('forecasts.totalSeries');
  const parts = series.label.split(' / ');
  if (parts.length !== dimensions.length) return series.label;
  return dimensions.map((dimension, i) => memberLabel(dimension, series.members[dimension] ?? '', parts[i], t)).join(' / ');
}

/** A series key ("zone=EAST|category=Furniture") as its members and their dimensions in key order. */
export function membersOfKey(key: string): { members: Record<string, string>; dimensions: string[] } {
  const members: Record<string, string> = {};
  const dimensions: string[] = [];
  if (key === 'total' || key === '') return { members, dimensions };
  for (const part of key.split('|')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const dimension = part.slice(0, at);
    members[dimension] = part.slice(at + 1);
    dimensions.push(dimension);
  }
  return { members, dimensions };
}

/** The name of an alert's series in the UI language (an alert carries the key, not the members). */
export function keyedSeriesLabel(series: { key: string; label: string }, t: Translate): string {
  const { members, dimensions } = membersOfKey(series.key);
  return seriesLabel({ key: series.key, label: series.label, members }, dimensions, t);
}
