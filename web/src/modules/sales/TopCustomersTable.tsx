import { Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../ui/useFormatMoney';
import type { SalesSummary } from './types';

type Row = SalesSummary['top_customers'][number] & { rank: number };

/** This year's ten best customers, each with its share of the best one. */
export function TopCustomersTable({ summary }: { summary: SalesSummary }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const rows: Row[] = summary.top_customers.map((c, i) => ({ ...c, rank: i + 1 }));
  const best = rows[0]?.amount || 1;
  const columns: ColumnsType<Row> = [
    {
      title: '#',
      dataIndex: 'rank',
      width: 44,
      render: (rank: number) => <span className={`rank-badge ${rank <= 3 ? 'rank-badge--top' : ''}`}>{rank}</span>,
    },
    {
      title: t('customers.name'),
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string, row) => <Link to={`/customers/${row.id}`}>{name}</Link>,
    },
    {
      title: t('sales.share'),
      key: 'share',
      width: '26%',
      responsive: ['md'],
      render: (_, row) => (
        <Progress percent={Math.round((row.amount / best) * 100)} showInfo={false} size="small" strokeColor="#1f6feb" />
      ),
    },
    {
      title: t('sales.amount'),
      dataIndex: 'amount',
      align: 'right',
      width: 150,
      render: (amount: number) => <span className="num">{formatMoney(amount, summary.currency)}</span>,
    },
  ];
  return (
    <Table<Row>
      data-testid="top-customers"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <Typography.Text type="secondary">{t('sales.noData')}</Typography.Text> }}
    />
  );
}
