import { describe, expect, it } from 'vitest';
import { driverLabel } from './driverLabel';
import type { Translate } from './modelLabel';

const t: Translate = (key, options) => (options ? `${key}(${JSON.stringify(options)})` : key);

describe('driverLabel', () => {
  it('names lags and rolling means with their number of periods', () => {
    expect(driverLabel('lag_1', t)).toBe('forecasts.drivers.features.lagOne');
    expect(driverLabel('lag_2', t)).toBe('forecasts.drivers.features.lag({"n":"2"})');
    expect(driverLabel('lag_12', t)).toBe('forecasts.drivers.features.lag({"n":"12"})');
    expect(driverLabel('mean_3', t)).toBe('forecasts.drivers.features.mean({"n":"3"})');
  });

  it('names calendar, series and regressor features', () => {
    for (const feature of [
      'level_vs_history',
      'month',
      'week_of_year',
      'day_of_week',
      'day_of_month',
      'quarter',
      'holiday_days',
      'spring_festival',
      'series',
      'discount_pct',
      'visits',
      'weighted_pipeline',
    ]) {
      expect(driverLabel(feature, t)).toBe(`forecasts.drivers.features.${feature}`);
    }
  });

  it('names an external indicator by its name', () => {
    expect(driverLabel('indicator:pmi_east', t)).toBe('forecasts.drivers.features.indicator({"name":"pmi_east"})');
  });

  it('shows unknown features as written', () => {
    expect(driverLabel('lag_x', t)).toBe('lag_x');
    expect(driverLabel('indicator:', t)).toBe('indicator:');
    expect(driverLabel('temperature', t)).toBe('temperature');
  });
});
