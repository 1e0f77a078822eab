import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { COVERAGE_CLASS, coverageTone, MASE_CLASS } from './accuracyTones';
import { formatPercent } from './formatPercent';
import { maseTone, modelLabel } from './modelLabel';
import type { ForecastAccuracy } from './types';

type Row = ForecastAccuracy['by_model'][number];

/** Accuracy per chosen model, most-used first, with how many periods each was scored on. */
export function AccuracyModelTable({ rows }: { rows: Row[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = new Intl.NumberFormat(locale);
  const percent = (v: number | null) => <span className="num">{formatPercent(v, locale)}</span>;
  const byNumber = (a: number | null, b: number | null) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

  const coverage = (nominal: 80 | 95) => (v: number | null) => (
    <span className={`num ${COVERAGE_CLASS[coverageTone(nominal, v)]}`}>{formatPercent(v, locale)}</span>
  );

  const columns: ColumnsType<Row> = [
    {
      title: t('forecasts.accuracy.columns.model'),
      dataIndex: 'model',
      render: (model: string) => (
        <span className="forecast-table__model" title={modelLabel(model, null, t)}>
          {modelLabel(model, null, t, true)}
        </span>
      ),
    },
    {
      title: t('forecasts.accuracy.columns.n'),
      dataIndex: 'n',
      align: 'right',
      width: 72,
      sorter: (a, b) => a.n - b.n,
      render: (n: number) => <span className="num">{count.format(n)}</span>,
    },
    { title: 'WAPE', dataIndex: 'wape', align: 'right', width: 84, sorter: (a, b) => byNumber(a.wape, b.wape), render: percent },
    {
      title: 'MASE',
      dataIndex: 'mase',
      align: 'right',
      width: 80,
      sorter: (a, b) => byNumber(a.mase, b.mase),
      render: (mase: number | null) =>
        mase === null ? '—' : <span className={`num ${MASE_CLASS[maseTone(mase)]}`}>{mase.toFixed(2)}</span>,
    },
    {
      title: t('forecasts.accuracy.columns.bias'),
      dataIndex: 'bias',
      align: 'right',
      width: 76,
      render: (v: number | null) => <span className="num">{formatPercent(v, locale, { signed: true })}</span>,
    },
    {
      title: t('forecasts.accuracy.columns.coverage'),
      align: 'center',
      children: [
        { title: '80%', dataIndex: 'coverage80', align: 'right', width: 72, render: coverage(80) },
        { title: '95%', dataIndex: 'coverage95', align: 'right', width: 72, render: coverage(95) },
      ],
    },
  ];

  return (
    <Table<Row>
      data-testid="accuracy-model-table"
      rowKey="model"
      size="small"
      columns={columns}
      dataSource={[...rows].sort((a, b) => b.n - a.n)}
      pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('forecasts.accuracy.none')}</Typography.Text> }}
    />
  );
}
