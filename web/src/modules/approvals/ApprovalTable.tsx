import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { ApprovalCurrentStep } from './ApprovalCurrentStep';
import { ApprovalReasonSummary } from './ApprovalReasonSummary';
import type { Approval } from './types';

type ApprovalTableProps = {
  items: Approval[];
  loading: boolean;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  emptyText: string;
};

/** Approval requests: what, who asked, how much, why, and whom it waits for; a click opens one. */
export function ApprovalTable({ items, loading, selectedId, onSelect, emptyText }: ApprovalTableProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatDateTime = useFormatDateTime();

  const columns: ColumnsType<Approval> = [
    {
      title: t('approvals.columns.title'),
      key: 'title',
      ellipsis: true,
      render: (_, a) => (
        <span className="approval-title">
          <Typography.Text strong ellipsis data-testid="approval-title">
            {a.title}
          </Typography.Text>
          <Typography.Text type="secondary" className="approval-title__kind">
            {t(`records.${a.object}`, { defaultValue: a.object })}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('approvals.columns.submitter'), dataIndex: 'submitter_name', width: 120, ellipsis: true, render: (n: string | null) => n || '—' },
    {
      title: t('approvals.columns.amount'),
      dataIndex: 'amount',
      align: 'right',
      width: 150,
      render: (amount: number | null, a) => <span className="num nowrap">{amount === null ? '—' : formatMoney(amount, a.currency)}</span>,
    },
    { title: t('approvals.columns.reason'), key: 'reason', ellipsis: true, render: (_, a) => <ApprovalReasonSummary approval={a} ellipsis /> },
    { title: t('approvals.columns.currentStep'), key: 'step', width: 200, render: (_, a) => <ApprovalCurrentStep approval={a} /> },
    {
      title: t('approvals.columns.createdAt'),
      dataIndex: 'created_at',
      width: 170,
      responsive: ['lg'],
      render: (at: string) => <span className="num text-muted nowrap">{formatDateTime(at)}</span>,
    },
  ];

  return (
    <Table<Approval>
      data-testid="approvals-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 960 }}
      rowClassName={(a) => `clickable-row${a.id === selectedId ? ' forecast-table__row--selected' : ''}`}
      onRow={(a) => ({ onClick: () => onSelect(a.id) })}
      locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false, showTotal: (n) => t('common.total', { count: n }) }}
    />
  );
}
