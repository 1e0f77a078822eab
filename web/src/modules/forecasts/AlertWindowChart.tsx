import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../ui/EChart';
import { formatMoney } from '../../ui/formatMoney';
import { streakDays } from './alertFilters';
import { alertWindowOption, alignWindow } from './alertWindowOption';
import { formatPeriod } from './formatPeriod';
import type { ForecastAlertDetail } from './types';

type AlertWindowChartProps = {
  alert: ForecastAlertDetail;
  /** The series' name in the UI language (for screen readers). */
  label: string;
  height: number;
};

/** The 28 days an alert was judged on, with the streak outside the band shaded. */
export function AlertWindowChart({ alert, label, height }: AlertWindowChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo(
    () =>
      alertWindowOption({
        window: alert.root_cause.window,
        firstPeriod: alert.first_period,
        firedPeriod: alert.fired_period,
        direction: alert.direction,
        text: {
          actual: t('forecasts.chart.actual'),
          forecast: t('forecasts.chart.forecast'),
          band80: t('forecasts.chart.band80'),
          streak: t(`forecasts.alerts.chart.streak_${alert.direction}`, {
            count: streakDays(alert.first_period, alert.fired_period),
          }),
          noForecast: t('forecasts.alerts.chart.noForecast'),
        },
        formatMoney: (minor) => formatMoney(minor, null, locale, { whole: true }),
        formatAxisMoney: (minor) => formatMoney(minor, null, locale, { compact: true }),
        formatDay: (date, short) => formatPeriod(date, 'daily', locale, short),
      }),
    [alert, locale, t],
  );
  const skipped = useMemo(
    () => alignWindow(alert.root_cause.window, alert.first_period, alert.fired_period).skipped,
    [alert],
  );
  return (
    <>
      <EChart option={option} height={height} testId="alert-window-chart" label={t('forecasts.alerts.chart.label', { series: label })} />
      {skipped > 0 ? (
        <Typography.Text type="secondary" className="alert-window__note">
          {t('forecasts.alerts.chart.skipped', { count: skipped })}
        </Typography.Text>
      ) : null}
    </>
  );
}
