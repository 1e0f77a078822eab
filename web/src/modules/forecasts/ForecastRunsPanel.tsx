import { Collapse, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/formatDate';
import { formatDateTime } from '../../ui/formatDateTime';
import { formatSeconds } from './formatSeconds';
import { ForecastRunStatusTag } from './ForecastRunStatusTag';
import type { ForecastRun, ForecastRunStatus } from './types';

function healthClass(score: number): string {
  if (score >= 0.8) return 'health--good';
  return score >= 0.5 ? 'health--fair' : 'health--poor';
}

/** The run history, folded away: when each run was, how it ended and why. */
export function ForecastRunsPanel({ runs, loading }: { runs: ForecastRun[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = new Intl.NumberFormat(locale);
  const columns: ColumnsType<ForecastRun> = [
    { title: t('forecasts.runs.asOf'), dataIndex: 'as_of', width: 130, render: (d: string) => formatDate(d, locale) },
    {
      title: t('forecasts.runs.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: ForecastRunStatus) => <ForecastRunStatusTag status={s} />,
    },
    {
      title: t('forecasts.runs.seriesCount'),
      dataIndex: 'series_count',
      align: 'right',
      width: 100,
      render: (n: number) => <span className="num">{count.format(n)}</span>,
    },
    {
      title: t('forecasts.runs.seconds'),
      dataIndex: 'seconds',
      align: 'right',
      width: 120,
      render: (s: number | null) => <span className="num">{formatSeconds(s, locale) || '—'}</span>,
    },
    {
      title: t('forecasts.runs.health'),
      dataIndex: 'health_score',
      align: 'right',
      width: 120,
      render: (h: number | null) =>
        h === null || h === undefined ? '—' : <span className={`num ${healthClass(h)}`}>{h.toFixed(2)}</span>,
    },
    {
      title: t('forecasts.runs.message'),
      dataIndex: 'message',
      ellipsis: { showTitle: true },
      render: (m: string | null) => m || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('forecasts.runs.startedAt'),
      dataIndex: 'started_at',
      width: 170,
      responsive: ['lg'],
      render: (at: string) => <span className="num">{formatDateTime(at, locale)}</span>,
    },
  ];
  return (
    <Collapse
      className="forecast-runs"
      data-testid="forecast-runs"
      items={[
        {
          key: 'runs',
          label: (
            <span>
              <Typography.Text strong>{t('forecasts.runs.title')}</Typography.Text>
              <Typography.Text type="secondary" className="forecast-runs__count">
                {t('forecasts.runs.count', { count: runs.length })}
              </Typography.Text>
            </span>
          ),
          children: (
            <Table<ForecastRun>
              data-testid="forecast-runs-table"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={runs}
              loading={loading}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: <Typography.Text type="secondary">{t('forecasts.runs.empty')}</Typography.Text> }}
            />
          ),
        },
      ]}
    />
  );
}
