import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  pending: 'orange',
  approved: 'success',
  rejected: 'error',
  recalled: 'default',
};

/** The status of a whole approval request. */
export function ApprovalStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="approval-status" data-status={status}>
      {t(`approvals.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
