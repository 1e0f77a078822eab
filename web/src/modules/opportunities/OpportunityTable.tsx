import { Alert, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sortOrderFor, sortParam } from '../../ui/sortParam';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { isOverdue } from './isOverdue';
import { OpportunityStageTag } from './OpportunityStageTag';
import type { Opportunity, OpportunityFilters } from './types';
import type { useOpportunities } from './useOpportunities';
import { useOpportunityStages } from './useOpportunityStages';

type OpportunityTableProps = {
  query: ReturnType<typeof useOpportunities>;
  filters: OpportunityFilters;
  onChange: (patch: Partial<OpportunityFilters>) => void;
  /** Leave out the customer column (on a customer's own page). */
  hideCustomer?: boolean;
  size?: 'small' | 'middle';
};

const muted = <Typography.Text type="secondary">—</Typography.Text>;

/** Server-paged opportunities, sortable by amount and expected close date; a row opens the deal. */
export function OpportunityTable({ query, filters, onChange, hideCustomer = false, size = 'middle' }: OpportunityTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const { data: stages } = useOpportunityStages();
  const isOpen = (stage: string) => stages?.find((s) => s.key === stage)?.outcome === 'open';
  const sortable = (field: string) => ({ key: field, sorter: true, sortOrder: sortOrderFor(filters.sort, field) });

  const columns: ColumnsType<Opportunity> = [
    {
      title: t('opportunities.name'),
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('opportunities.customer'),
            dataIndex: 'customer_name',
            ellipsis: true,
            width: 200,
            render: (name: string, o: Opportunity) => (
              <Link to={`/customers/${o.customer_id}`} onClick={(e) => e.stopPropagation()}>
                {name}
              </Link>
            ),
          },
        ]),
    { title: t('opportunities.stage'), dataIndex: 'stage', width: 116, render: (s: string) => <OpportunityStageTag stage={s} /> },
    {
      title: t('opportunities.amount'),
      dataIndex: 'amount',
      align: 'right',
      width: 150,
      ...sortable('amount'),
      render: (amount: number, o) => <span className="num">{formatMoney(amount, o.currency)}</span>,
    },
    {
      title: t('opportunities.probability'),
      dataIndex: 'probability',
      align: 'right',
      width: 90,
      render: (p: number) => <span className="num">{p}%</span>,
    },
    {
      title: t('opportunities.weightedAmount'),
      dataIndex: 'weighted_amount',
      align: 'right',
      width: 150,
      render: (amount: number, o) => <span className="num">{formatMoney(amount, o.currency)}</span>,
    },
    {
      title: t('opportunities.expectedClose'),
      dataIndex: 'expected_close_date',
      width: 130,
      ...sortable('expected_close_date'),
      render: (date: string, o) => (
        <span className={isOpen(o.stage) && isOverdue(date) ? 'num text-overdue' : 'num'}>{formatDate(date.slice(0, 10))}</span>
      ),
    },
    { title: t('opportunities.owner'), dataIndex: 'owner_name', width: 104, ellipsis: true, render: (v: string | null) => v || muted },
  ];

  if (query.error && !query.data) {
    return <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />;
  }

  return (
    <Table<Opportunity>
      data-testid="opportunities-table"
      rowKey="id"
      size={size}
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      scroll={{ x: hideCustomer ? 860 : 1060 }}
      rowClassName="clickable-row"
      onRow={(o) => ({ onClick: () => void navigate(`/opportunities/${o.id}`) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunities.empty')} /> }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onChange({ sort: sortParam(sorter) ?? 'expected_close_date', offset: 0 });
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
        showTotal: (total) => <span data-testid="opportunities-total">{t('common.total', { count: total })}</span>,
      }}
    />
  );
}
