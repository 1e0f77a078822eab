import { Alert, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sortOrderFor, sortParam } from '../../ui/sortParam';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { pagedTotal } from '../http/pagedTotal';
import { OrderStatusTag } from './OrderStatusTag';
import type { Order, OrderFilters } from './types';
import type { useOrders } from './useOrders';

type OrderTableProps = {
  query: ReturnType<typeof useOrders>;
  filters: OrderFilters;
  onChange: (patch: Partial<OrderFilters>) => void;
  /** Leave out the customer column (on a customer's own page). */
  hideCustomer?: boolean;
  size?: 'small' | 'middle';
};

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** Server-paged orders; a row opens the order. */
export function OrderTable({ query, filters, onChange, hideCustomer = false, size = 'middle' }: OrderTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();

  const columns: ColumnsType<Order> = [
    {
      title: t('orders.number'),
      dataIndex: 'number',
      key: 'number',
      width: 170,
      sorter: true,
      sortOrder: sortOrderFor(filters.sort, 'number'),
      render: (number: string) => <Typography.Text strong className="num">{number}</Typography.Text>,
    },
    {
      title: t('orders.orderDate'),
      dataIndex: 'order_date',
      key: 'order_date',
      width: 120,
      sorter: true,
      sortOrder: sortOrderFor(filters.sort, 'order_date'),
      render: (date: string) => <span className="num">{formatDate(date)}</span>,
    },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('orders.customer'),
            dataIndex: 'customer_name',
            ellipsis: true,
            render: (name: string, order: Order) => (
              <Link to={`/customers/${order.customer_id}`} onClick={(e) => e.stopPropagation()}>
                {name}
              </Link>
            ),
          },
        ]),
    { title: t('orders.zone'), dataIndex: 'zone_name', width: 110, ellipsis: true, render: (z: string | null) => z || muted },
    {
      title: t('orders.channel'),
      dataIndex: 'channel',
      width: 100,
      render: (c: string) => (c ? t(`channels.${c}`, { defaultValue: c }) : muted),
    },
    { title: t('orders.status'), dataIndex: 'status', width: 110, render: (s: string) => <OrderStatusTag status={s} /> },
    {
      title: t('orders.total'),
      dataIndex: 'total',
      key: 'total',
      align: 'right',
      width: 150,
      sorter: true,
      sortOrder: sortOrderFor(filters.sort, 'total'),
      render: (total: number, order) => <span className="num">{formatMoney(total, order.currency)}</span>,
    },
  ];

  if (query.error && !query.data) {
    return <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />;
  }

  return (
    <Table<Order>
      data-testid="orders-table"
      rowKey="id"
      size={size}
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching || query.isPending}
      scroll={{ x: hideCustomer ? 760 : 980 }}
      rowClassName="clickable-row"
      onRow={(order) => ({ onClick: () => void navigate(`/orders/${order.id}`) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.empty')} /> }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onChange({ sort: sortParam(sorter) ?? '-order_date', offset: 0 });
        else if (extra.action === 'paginate') {
          const limit = pagination.pageSize ?? filters.limit;
          onChange({ limit, offset: ((pagination.current ?? 1) - 1) * limit });
        }
      }}
      pagination={{
        current: Math.floor(filters.offset / filters.limit) + 1,
        pageSize: filters.limit,
        total: pagedTotal(query.data, filters.offset),
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        // Large lists are counted up to 10,000 only: "10,000+".
        showTotal: (total) => (
          <span data-testid="orders-total">
            {query.data?.total_capped
              ? t('common.totalCapped', { total: new Intl.NumberFormat(i18n.language).format(query.data.total) })
              : t('common.total', { count: total })}
          </span>
        ),
      }}
    />
  );
}
