import type { Translate } from './modelLabel';
import type { ForecastSeries } from './types';

/** Where each dimension's member values are translated; zones keep the name the server sends. */
const MEMBER_KEYS: Record<string, string> = {
  category: 'sales.categories',
  channel: 'channels',
  segment: 'customers.segments',
};

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
  return dimensions
    .map((dimension, i) => {
      const value = series.members[dimension];
      const prefix = MEMBER_KEYS[dimension];
      return prefix && value ? t(`${prefix}.${value}`, { defaultValue: parts[i] }) : parts[i];
    })
    .join(' / ');
}
