import { Alert, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatPct } from '../../ui/formatPct';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { totalOverDirectorLimit } from './approvalReason';
import type { ApprovalReason, ApprovalReasonLine } from './types';

/** The lines over authority (discount against the limit) and, when it applies, the total against the director threshold. */
export function ApprovalReasonTable({ reason, currency }: { reason: ApprovalReason | null; currency: string | null }) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const pct = (value: number) => <span className="num">{formatPct(value, i18n.language)}</span>;
  const lines = reason?.lines ?? [];

  const columns: ColumnsType<ApprovalReasonLine> = [
    { title: t('approvals.reasonTable.line'), dataIndex: 'line_no', width: 72, render: (n: number) => <span className="num">{n}</span> },
    {
      title: t('approvals.reasonTable.productLine'),
      dataIndex: 'product_line',
      ellipsis: true,
      render: (v: string) => (v ? t(`sales.categories.${v}`, { defaultValue: v }) : <Typography.Text type="secondary">—</Typography.Text>),
    },
    { title: t('approvals.reasonTable.discount'), dataIndex: 'discount_pct', align: 'right', width: 110, render: (v: number) => <span className="discount">{pct(v)}</span> },
    { title: t('approvals.reasonTable.limit'), dataIndex: 'limit_pct', align: 'right', width: 110, render: pct },
    {
      title: t('approvals.reasonTable.over'),
      key: 'over',
      align: 'right',
      width: 110,
      render: (_, line) => <span className="num discount-approval">+{formatPct(Math.round((line.discount_pct - line.limit_pct) * 100) / 100, i18n.language)}</span>,
    },
  ];

  return (
    <div data-testid="approval-reason">
      {totalOverDirectorLimit(reason) ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('approvals.reasonTable.total', {
            total: formatMoney(reason?.total, currency),
            limit: formatMoney(reason?.director_above_amount, currency),
          })}
          data-testid="approval-reason-total"
        />
      ) : null}
      {lines.length > 0 ? (
        <Table<ApprovalReasonLine>
          rowKey="line_no"
          size="small"
          columns={columns}
          dataSource={lines}
          pagination={false}
          data-testid="approval-reason-lines"
        />
      ) : null}
      {lines.length === 0 && !totalOverDirectorLimit(reason) ? (
        <Typography.Text type="secondary">{t('approvals.noReason')}</Typography.Text>
      ) : null}
    </div>
  );
}
