import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Divider, Empty, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { FORECAST_COLORS } from './forecastChartOption';
import { ForecastDriverList } from './ForecastDriverList';
import { formatPeriod } from './formatPeriod';
import { maseTone, modelLabel } from './modelLabel';
import { seriesFigures } from './seriesFigures';
import type { ForecastFrequency, ForecastSeries } from './types';

const TONE_COLORS = { good: 'success', fair: 'warning', poor: 'error' } as const;

type ForecastSummaryCardProps = {
  series: ForecastSeries | undefined;
  frequency: ForecastFrequency;
};

/** Beside the chart: the next period with its ranges, the horizon's total, the model and its backtest score. */
export function ForecastSummaryCard({ series, frequency }: ForecastSummaryCardProps) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, null, { whole: true });
  const period = (date: string) => formatPeriod(date, frequency, locale);

  if (!series || series.forecast.length === 0) {
    return (
      <Card title={t('forecasts.summary.title')} className="forecast-summary" data-testid="forecast-summary">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forecasts.summary.noForecast')} />
      </Card>
    );
  }
  const { next, horizonTotal, horizon } = seriesFigures(series);
  const last = series.forecast[series.forecast.length - 1];
  const tone = maseTone(series.backtest_mase);
  const mase = series.backtest_mase;

  return (
    <Card title={t('forecasts.summary.title')} className="forecast-summary" data-testid="forecast-summary">
      {next ? (
        <div className="forecast-summary__block">
          <Typography.Text type="secondary">{t('forecasts.summary.next', { period: period(next.date) })}</Typography.Text>
          <div className="forecast-summary__value num" data-testid="forecast-next">
            {money(next.point)}
          </div>
          <div className="forecast-range">
            <span className="forecast-range__swatch" style={{ background: FORECAST_COLORS.band80 }} />
            <span className="forecast-range__label">{t('forecasts.summary.range80')}</span>
            <span className="forecast-range__value num">
              {money(next.lo80)} – {money(next.hi80)}
            </span>
          </div>
          <div className="forecast-range">
            <span className="forecast-range__swatch" style={{ background: FORECAST_COLORS.band95 }} />
            <span className="forecast-range__label">{t('forecasts.summary.range95')}</span>
            <span className="forecast-range__value num">
              {money(next.lo95)} – {money(next.hi95)}
            </span>
          </div>
        </div>
      ) : null}
      <Divider className="forecast-summary__divider" />
      <div className="forecast-summary__block">
        <Typography.Text type="secondary">
          {frequency === 'monthly'
            ? t('forecasts.summary.horizonMonthly', { count: horizon })
            : t('forecasts.summary.horizonDaily', { count: horizon })}
        </Typography.Text>
        <div className="forecast-summary__value forecast-summary__value--small num" data-testid="forecast-horizon-total">
          {money(horizonTotal)}
        </div>
        {next ? (
          <Typography.Text type="secondary" className="forecast-summary__note">
            {t('forecasts.summary.horizonNote', { from: period(next.date), to: period(last.date) })}
          </Typography.Text>
        ) : null}
      </div>
      <Divider className="forecast-summary__divider" />
      <div className="forecast-summary__block">
        <div className="forecast-summary__row">
          <Typography.Text type="secondary">{t('forecasts.summary.model')}</Typography.Text>
          <Typography.Text strong className="forecast-summary__model" data-testid="forecast-model">
            {modelLabel(series.model, series.model_detail, t)}
          </Typography.Text>
        </div>
        <div className="forecast-summary__row">
          <Typography.Text type="secondary">
            {t('forecasts.summary.mase')}{' '}
            <Tooltip title={t('forecasts.summary.maseHelp')}>
              <QuestionCircleOutlined className="forecast-summary__help" aria-label={t('forecasts.summary.maseHelp')} />
            </Tooltip>
          </Typography.Text>
          {mase === null || tone === 'none' ? (
            <Typography.Text type="secondary">{t('forecasts.summary.maseNone')}</Typography.Text>
          ) : (
            <span className="forecast-summary__mase">
              <Tag color={TONE_COLORS[tone]} className="forecast-summary__tone">
                {t(`forecasts.tones.${tone}`)}
              </Tag>
              <Typography.Text strong className="num" data-testid="forecast-mase">
                {mase.toFixed(2)}
              </Typography.Text>
            </span>
          )}
        </div>
        <Typography.Text type="secondary" className="forecast-summary__note">
          {t('forecasts.summary.modelNote')}
        </Typography.Text>
      </div>
      {series.drivers.length > 0 ? (
        <>
          <Divider className="forecast-summary__divider" />
          <div className="forecast-summary__block">
            <Typography.Text type="secondary" className="forecast-summary__title">
              {t('forecasts.drivers.title')}
              <Tooltip title={t('forecasts.drivers.help')}>
                <QuestionCircleOutlined className="forecast-summary__help" aria-label={t('forecasts.drivers.help')} />
              </Tooltip>
            </Typography.Text>
            <ForecastDriverList drivers={series.drivers} testId="forecast-drivers" />
          </div>
        </>
      ) : null}
    </Card>
  );
}
