import { Alert, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sortOrderFor, sortParam } from '../../ui/sortParam';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { DiscountValue } from './DiscountValue';
import { QuoteStatusTag } from './QuoteStatusTag';
import type { Quote, QuoteFilters } from './types';
import type { useQuotes } from './useQuotes';

type QuoteTableProps = {
  query: ReturnType<typeof useQuotes>;
  filters: QuoteFilters;
  onChange: (patch: Partial<QuoteFilters>) => void;
  hideCustomer?: boolean;
  size?: 'small' | 'middle';
};

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** Server-paged quotes, newest first; a row opens the quote. */
export function QuoteTable({ query, filters, onChange, hideCustomer = false, size = 'middle' }: QuoteTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const sortable = (field: string) => ({ key: field, sorter: true, sortOrder: sortOrderFor(filters.sort, field) });

  const columns: ColumnsType<Quote> = [
    {
      title: t('quotes.number'),
      dataIndex: 'number',
      width: 170,
      ...sortable('number'),
      render: (n: string) => <Typography.Text strong className="num">{n}</Typography.Text>,
    },
    {
      title: t('quotes.createdAt'),
      dataIndex: 'created_at',
      width: 120,
      ...sortable('created_at'),
      render: (at: string) => <span className="num">{formatDate(at)}</span>,
    },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('quotes.customer'),
            dataIndex: 'customer_name',
            ellipsis: true,
            render: (name: string, q: Quote) => (
              <Link to={`/customers/${q.customer_id}`} onClick={(e) => e.stopPropagation()}>
                {name}
              </Link>
            ),
          },
        ]),
    { title: t('quotes.status'), dataIndex: 'status', width: 110, render: (s: string) => <QuoteStatusTag status={s} /> },
    {
      title: t('quotes.maxDiscount'),
      dataIndex: 'max_discount_pct',
      align: 'right',
      width: 110,
      render: (pct: number) => <DiscountValue pct={pct} />,
    },
    {
      title: t('quotes.total'),
      dataIndex: 'total',
      align: 'right',
      width: 150,
      ...sortable('total'),
      render: (total: number, q) => <span className="num">{formatMoney(total, q.currency)}</span>,
    },
    {
      title: t('quotes.validUntil'),
      dataIndex: 'valid_until',
      width: 120,
      ...sortable('valid_until'),
      render: (d: string | null) => (d ? <span className="num">{formatDate(d.slice(0, 10))}</span> : muted),
    },
    { title: t('quotes.owner'), dataIndex: 'owner_name', width: 100, ellipsis: true, render: (o: string | null) => o || muted },
  ];

  if (query.error && !query.data) {
    return <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />;
  }

  return (
    <Table<Quote>
      data-testid="quotes-table"
      rowKey="id"
      size={size}
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      scroll={{ x: hideCustomer ? 880 : 1080 }}
      rowClassName="clickable-row"
      onRow={(q) => ({ onClick: () => void navigate(`/quotes/${q.id}`) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quotes.empty')} /> }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onChange({ sort: sortParam(sorter) ?? '-created_at', offset: 0 });
        else if (extra.action === 'paginate') {
          const limit = pagination.pageSize ?? filters.limit;
          onChange({ limit, offset: ((pagination.current ?? 1) - 1) * limit });
        }
      }}
      pagination={{
        current: Math.floor(filters.offset / filters.limit) + 1,
        pageSize: filters.limit,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => <span data-testid="quotes-total">{t('common.total', { count: total })}</span>,
      }}
    />
  );
}
