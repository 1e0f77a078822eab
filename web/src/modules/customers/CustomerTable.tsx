import { Alert, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sortOrderFor, sortParam } from '../../ui/sortParam';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { CustomerStatusTag } from './CustomerStatusTag';
import { GradeTag } from './GradeTag';
import type { Customer, CustomerFilters } from './types';
import { useCustomerLabels } from './useCustomerLabels';
import type { useCustomers } from './useCustomers';

type CustomerTableProps = {
  query: ReturnType<typeof useCustomers>;
  filters: CustomerFilters;
  onChange: (patch: Partial<CustomerFilters>) => void;
};

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** Server-paged, server-sorted customers; a row opens the customer's 360 page. */
export function CustomerTable({ query, filters, onChange }: CustomerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const labels = useCustomerLabels();
  const sortable = (field: string) => ({ sorter: true, sortOrder: sortOrderFor(filters.sort, field) });

  const columns: ColumnsType<Customer> = [
    { title: t('customers.code'), dataIndex: 'code', key: 'code', width: 104, ...sortable('code'), render: (code: string) => <span className="num">{code}</span> },
    {
      title: t('customers.name'),
      dataIndex: 'name',
      key: 'name',
      ellipsis: true,
      ...sortable('name'),
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('customers.grade'),
      dataIndex: 'grade',
      key: 'grade',
      width: 88,
      align: 'center',
      ...sortable('grade'),
      render: (grade: string | null, c) => (
        <GradeTag grade={grade} overridden={!!c.grade_override_reason && grade !== c.grade_computed} />
      ),
    },
    { title: t('customers.segment'), dataIndex: 'segment', width: 118, render: (s: string) => labels.segment(s) },
    { title: t('customers.channel'), dataIndex: 'channel', width: 90, render: (c: string) => labels.channel(c) },
    { title: t('customers.zone'), dataIndex: 'zone_name', width: 96, ellipsis: true, render: (z: string | null) => z || muted },
    { title: t('customers.owner'), dataIndex: 'owner_name', width: 96, ellipsis: true, render: (o: string | null) => o || muted },
    { title: t('customers.status'), dataIndex: 'status', width: 84, render: (s: string) => <CustomerStatusTag status={s} /> },
    {
      title: t('customers.revenue12m'),
      dataIndex: 'revenue_12m',
      key: 'revenue_12m',
      align: 'right',
      width: 160,
      ...sortable('revenue_12m'),
      render: (amount: number, c) => <span className="num">{formatMoney(amount, c.currency)}</span>,
    },
    {
      title: t('customers.lastOrder'),
      dataIndex: 'last_order_at',
      key: 'last_order_at',
      width: 124,
      ...sortable('last_order_at'),
      render: (at: string | null) => (at ? <span className="num">{formatDate(at)}</span> : muted),
    },
  ];

  if (query.error && !query.data) {
    return <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />;
  }

  return (
    <Table<Customer>
      data-testid="customers-table"
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching || query.isPending}
      scroll={{ x: 1120 }}
      rowClassName="clickable-row"
      onRow={(customer) => ({ onClick: () => void navigate(`/customers/${customer.id}`) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.empty')} /> }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onChange({ sort: sortParam(sorter), offset: 0 });
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
        showTotal: (total) => <span data-testid="customers-total">{t('common.total', { count: total })}</span>,
      }}
    />
  );
}
