import type { Translate } from './modelLabel';

const LAG = /^lag_(\d+)$/;
const MEAN = /^mean_(\d+)$/;
const INDICATOR = 'indicator:';

/**
 * A forecast driver's feature in words: "lag_3" → "Sales 3 periods back", "mean_6" →
 * "Mean of last 6 periods", "indicator:pmi" → "Indicator pmi"; unknown names as written.
 */
export function driverLabel(feature: string, t: Translate): string {
  const lag = LAG.exec(feature);
  if (lag) return Number(lag[1]) === 1 ? t('forecasts.drivers.features.lagOne') : t('forecasts.drivers.features.lag', { n: lag[1] });
  const mean = MEAN.exec(feature);
  if (mean) return t('forecasts.drivers.features.mean', { n: mean[1] });
  if (feature.startsWith(INDICATOR) && feature.length > INDICATOR.length) {
    return t('forecasts.drivers.features.indicator', { name: feature.slice(INDICATOR.length) });
  }
  switch (feature) {
    case 'level_vs_history':
      return t('forecasts.drivers.features.level_vs_history');
    case 'month':
      return t('forecasts.drivers.features.month');
    case 'week_of_year':
      return t('forecasts.drivers.features.week_of_year');
    case 'day_of_week':
      return t('forecasts.drivers.features.day_of_week');
    case 'day_of_month':
      return t('forecasts.drivers.features.day_of_month');
    case 'quarter':
      return t('forecasts.drivers.features.quarter');
    case 'holiday_days':
      return t('forecasts.drivers.features.holiday_days');
    case 'spring_festival':
      return t('forecasts.drivers.features.spring_festival');
    case 'series':
      return t('forecasts.drivers.features.series');
    case 'discount_pct':
      return t('forecasts.drivers.features.discount_pct');
    case 'visits':
      return t('forecasts.drivers.features.visits');
    case 'weighted_pipeline':
      return t('forecasts.drivers.features.weighted_pipeline');
    default:
      return feature;
  }
}
