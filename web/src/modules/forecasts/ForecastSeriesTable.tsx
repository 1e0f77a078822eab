import { QuestionCircleOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/formatDate';
import { Sparkline } from '../../ui/Sparkline';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { MASE_CLASS } from './accuracyTones';
import { FORECAST_COLORS } from './forecastChartOption';
import { formatPeriod } from './formatPeriod';
import { maseTone, modelLabel, type Translate } from './modelLabel';
import { seriesFigures } from './seriesFigures';
import type { ForecastFrequency, ForecastSeries } from './types';

/** Periods of history in a row's trend line, before the forecast. */
const TREND_HISTORY: Record<ForecastFrequency, number> = { monthly: 18, daily: 56 };

type Row = {
  key: string;
  label: string;
  model: string;
  /** The model's full name (an ensemble says so), shown on hover. */
  modelFull: string;
  mase: number | null;
  next: number | null;
  total: number;
  trend: (number | null)[];
  trendSplit: number;
};

type ForecastSeriesTableProps = {
  series: ForecastSeries[];
  /** Each series' name in the UI language, by key. */
  labels: Map<string, string>;
  frequency: ForecastFrequency;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  loading: boolean;
};

function toRow(series: ForecastSeries, label: string, t: Translate, frequency: ForecastFrequency): Row {
  const figures = seriesFigures(series);
  const start = series.forecast[0]?.date;
  const before = series.history.filter((h) => start === undefined || h.date < start).slice(-TREND_HISTORY[frequency]);
  return {
    key: series.key,
    label,
    model: modelLabel(series.model, series.model_detail, t, true),
    modelFull: modelLabel(series.model, series.model_detail, t),
    mase: series.backtest_mase,
    next: figures.next?.point ?? null,
    total: figures.horizonTotal,
    trend: [...before.map((h) => h.value), ...series.forecast.map((f) => f.point)],
    trendSplit: before.length,
  };
}

const byNumber = (a: number | null, b: number | null) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

/** Every series of the level with its model, backtest score and forecast; a click picks the series. */
export function ForecastSeriesTable({ series, labels, frequency, selectedKey, onSelect, loading }: ForecastSeriesTableProps) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, null, { whole: true }));
  const collator = new Intl.Collator(i18n.language);
  const rows = series.map((s) => toRow(s, labels.get(s.key) ?? s.label, t, frequency));
  // Every series of a level forecasts the same periods: the columns name them.
  const first = series.find((s) => s.forecast.length > 0)?.forecast;
  const firstPeriod =
    first && (frequency === 'monthly' ? formatPeriod(first[0].date, frequency, i18n.language) : formatDate(first[0].date, i18n.language));
  const nextTitle = firstPeriod ? t('forecasts.table.next', { period: firstPeriod }) : '';
  const horizon = first?.length ?? 0;
  const totalTitle =
    frequency === 'monthly'
      ? t('forecasts.summary.horizonMonthly', { count: horizon })
      : t('forecasts.summary.horizonDaily', { count: horizon });

  const columns: ColumnsType<Row> = [
    {
      title: t('forecasts.table.series'),
      dataIndex: 'label',
      ellipsis: true,
      sorter: (a, b) => collator.compare(a.label, b.label),
      render: (label: string, row) => (
        <Typography.Text strong={row.key === selectedKey}>
          {label}
        </Typography.Text>
      ),
    },
    {
      title: t('forecasts.table.model'),
      dataIndex: 'model',
      responsive: ['lg'],
      sorter: (a, b) => collator.compare(a.model, b.model),
      render: (model: string, row) => (
        <span className="forecast-table__model" title={row.modelFull}>
          {model}
        </span>
      ),
    },
    {
      title: (
        <span className="nowrap">
          {t('forecasts.table.mase')}{' '}
          <Tooltip title={t('forecasts.summary.maseHelp')}>
            <QuestionCircleOutlined className="forecast-summary__help" />
          </Tooltip>
        </span>
      ),
      dataIndex: 'mase',
      align: 'right',
      width: 160,
      sorter: (a, b) => byNumber(a.mase, b.mase),
      render: (mase: number | null) =>
        mase === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <span className={`num mase ${MASE_CLASS[maseTone(mase)]}`}>{mase.toFixed(2)}</span>
        ),
    },
    {
      title: t('forecasts.table.trend'),
      key: 'trend',
      width: 132,
      responsive: ['md'],
      render: (_, row) => (
        <Sparkline values={row.trend} splitAt={row.trendSplit} color={FORECAST_COLORS.actual} splitColor={FORECAST_COLORS.forecast} />
      ),
    },
    {
      title: nextTitle,
      dataIndex: 'next',
      align: 'right',
      width: 180,
      sorter: (a, b) => byNumber(a.next, b.next),
      render: (next: number | null) => <span className="num">{money(next)}</span>,
    },
    {
      title: totalTitle,
      dataIndex: 'total',
      align: 'right',
      width: 200,
      sorter: (a, b) => a.total - b.total,
      render: (total: number) => <span className="num">{money(total)}</span>,
    },
  ];

  return (
    <Table<Row>
      data-testid="forecast-series-table"
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(row) => `clickable-row${row.key === selectedKey ? ' forecast-table__row--selected' : ''}`}
      onRow={(row) => ({ onClick: () => onSelect(row.key) })}
      locale={{ emptyText: <Typography.Text type="secondary">{t('forecasts.noSeries')}</Typography.Text> }}
    />
  );
}
