import { Alert, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sortOrderFor, sortParam } from '../../ui/sortParam';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import type { Visit, VisitFilters } from './types';
import { VisitActions } from './VisitActions';
import { VisitStatusTag } from './VisitStatusTag';
import type { useVisits } from './useVisits';

type VisitTableProps = {
  query: ReturnType<typeof useVisits>;
  filters: VisitFilters;
  onChange: (patch: Partial<VisitFilters>) => void;
  /** The user may check in and cancel. */
  editable: boolean;
  onOpen: (visit: Visit) => void;
  onCheckIn: (visit: Visit) => void;
  hideCustomer?: boolean;
  size?: 'small' | 'middle';
};

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** Server-paged visits, newest planned first; a row opens the visit. */
export function VisitTable({ query, filters, onChange, editable, onOpen, onCheckIn, hideCustomer = false, size = 'middle' }: VisitTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();

  const columns: ColumnsType<Visit> = [
    {
      title: t('visits.plannedAt'),
      dataIndex: 'planned_at',
      key: 'planned_at',
      width: 160,
      sorter: true,
      sortOrder: sortOrderFor(filters.sort, 'planned_at'),
      render: (at: string) => <span className="num">{formatDateTime(at)}</span>,
    },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('visits.customer'),
            dataIndex: 'customer_name',
            width: 200,
            ellipsis: true,
            render: (name: string, v: Visit) => (
              <Link to={`/customers/${v.customer_id}`} onClick={(e) => e.stopPropagation()}>
                {name}
              </Link>
            ),
          },
        ]),
    { title: t('visits.purpose'), dataIndex: 'purpose', ellipsis: true },
    { title: t('visits.status'), dataIndex: 'status', width: 92, render: (s: string) => <VisitStatusTag status={s} /> },
    { title: t('visits.outcome'), dataIndex: 'outcome', ellipsis: true, render: (o: string | null) => o || muted },
    { title: t('visits.owner'), dataIndex: 'owner_name', width: 100, ellipsis: true, render: (o: string | null) => o || muted },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 236,
            render: (_: unknown, v: Visit) => <VisitActions visit={v} onCheckIn={onCheckIn} />,
          },
        ]
      : []),
  ];

  if (query.error && !query.data) {
    return <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />;
  }

  return (
    <Table<Visit>
      data-testid="visits-table"
      rowKey="id"
      size={size}
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      scroll={{ x: hideCustomer ? 900 : 1120 }}
      rowClassName="clickable-row"
      onRow={(v) => ({ onClick: () => onOpen(v) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.empty')} /> }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onChange({ sort: sortParam(sorter) ?? '-planned_at', offset: 0 });
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
        showTotal: (total) => <span data-testid="visits-total">{t('common.total', { count: total })}</span>,
      }}
    />
  );
}
