import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../ui/EChart';
import { formatDate } from '../../ui/formatDate';
import { formatMoney } from '../../ui/formatMoney';
import { forecastChartOption } from './forecastChartOption';
import { formatPeriod } from './formatPeriod';
import type { ForecastFrequency, ForecastSeries } from './types';

type ForecastChartProps = {
  series: ForecastSeries;
  /** The run's `as_of`, where the forecast starts. */
  asOf: string | null;
  frequency: ForecastFrequency;
  /** The series' name in the UI language (for screen readers). */
  label: string;
  /** Pixels, or '100%' to fill a parent that has a height. */
  height: number | string;
};

function isoToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** One series: actuals, the forecast with its 80 % / 95 % bands, and the line at `as_of`. */
export function ForecastChart({ series, asOf, frequency, label, height }: ForecastChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo(
    () =>
      forecastChartOption({
        series,
        asOf,
        frequency,
        today: isoToday(),
        text: {
          actual: t('forecasts.chart.actual'),
          forecast: t('forecasts.chart.forecast'),
          band80: t('forecasts.chart.band80'),
          band95: t('forecasts.chart.band95'),
          asOf: t('forecasts.chart.asOf', { date: formatDate(asOf, locale) }),
          inProgress: t('forecasts.chart.inProgress'),
        },
        formatMoney: (minor) => formatMoney(minor, null, locale, { whole: true }),
        formatAxisMoney: (minor) => formatMoney(minor, null, locale, { compact: true }),
        formatPeriod: (date, short) => formatPeriod(date, frequency, locale, short),
      }),
    [series, asOf, frequency, locale, t],
  );
  return <EChart option={option} height={height} testId="forecast-chart" label={t('forecasts.chart.label', { series: label })} />;
}
