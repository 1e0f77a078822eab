import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { AlertDirectionTag } from './AlertDirectionTag';
import { AlertStatusTag } from './AlertStatusTag';
import { streakDays } from './alertFilters';
import { formatPercent } from './formatPercent';
import { formatPeriod } from './formatPeriod';
import { keyedSeriesLabel } from './seriesLabel';
import type { AlertDirection, AlertStatus, ForecastAlert } from './types';

type ForecastAlertTableProps = {
  alerts: ForecastAlert[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  loading: boolean;
};

/** Alerts, newest first: which series, which way and how far, over which days; a click opens one. */
export function ForecastAlertTable({ alerts, selectedId, onSelect, loading }: ForecastAlertTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const formatMoney = useFormatMoney();
  const formatDateTime = useFormatDateTime();
  const money = (minor: number) => formatMoney(minor, null, { whole: true });
  const day = (date: string) => formatPeriod(date, 'daily', locale, true);

  const columns: ColumnsType<ForecastAlert> = [
    {
      title: t('forecasts.alerts.columns.series'),
      key: 'series',
      ellipsis: true,
      render: (_, a) => (
        <span className="alert-series">
          <Typography.Text strong={a.id === selectedId} ellipsis data-testid="alert-series">
            {keyedSeriesLabel({ key: a.series_key, label: a.label }, t)}
          </Typography.Text>
          <Typography.Text type="secondary" className="alert-series__level">
            {t(`forecasts.levels.${a.level}`, { defaultValue: a.level })}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('forecasts.alerts.columns.direction'),
      dataIndex: 'direction',
      width: 140,
      render: (direction: AlertDirection) => <AlertDirectionTag direction={direction} />,
    },
    {
      title: t('forecasts.alerts.columns.period'),
      key: 'period',
      width: 140,
      render: (_, a) => (
        <span className="alert-period">
          <span className="num">
            {a.first_period === a.fired_period ? day(a.fired_period) : `${day(a.first_period)} → ${day(a.fired_period)}`}
          </span>
          <Typography.Text type="secondary" className="alert-period__days">
            {t('forecasts.alerts.streak', { count: streakDays(a.first_period, a.fired_period) })}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('forecasts.alerts.columns.gap'),
      dataIndex: 'gap_pct',
      align: 'right',
      width: 104,
      sorter: (a, b) => Math.abs(a.gap_pct) - Math.abs(b.gap_pct),
      render: (gap: number, a) => (
        <span className={`num alert-gap alert-gap--${a.direction}`}>{formatPercent(gap, locale, { signed: true })}</span>
      ),
    },
    {
      title: t('forecasts.alerts.columns.actualVsForecast'),
      key: 'amounts',
      align: 'right',
      width: 190,
      render: (_, a) => (
        <span className="num nowrap">
          <Typography.Text strong>{money(a.actual)}</Typography.Text>
          <Typography.Text type="secondary"> / {money(a.forecast)}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('forecasts.alerts.columns.status'),
      dataIndex: 'status',
      width: 130,
      render: (status: AlertStatus) => <AlertStatusTag status={status} />,
    },
    {
      title: t('forecasts.alerts.columns.createdAt'),
      dataIndex: 'created_at',
      width: 176,
      responsive: ['xl'],
      render: (at: string) => <span className="num text-muted nowrap">{formatDateTime(at)}</span>,
    },
  ];

  return (
    <Table<ForecastAlert>
      data-testid="forecast-alerts-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={alerts}
      loading={loading}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(a) => `clickable-row${a.id === selectedId ? ' forecast-table__row--selected' : ''}`}
      onRow={(a) => ({ onClick: () => onSelect(a.id) })}
      locale={{ emptyText: <Typography.Text type="secondary">{t('forecasts.alerts.noneInTab')}</Typography.Text> }}
    />
  );
}
