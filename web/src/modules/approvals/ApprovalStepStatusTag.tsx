import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Tag colour and timeline dot colour per step status. */
export const STEP_COLORS: Record<string, { tag: string; dot: string }> = {
  waiting: { tag: 'default', dot: 'gray' },
  pending: { tag: 'processing', dot: 'blue' },
  approved: { tag: 'success', dot: 'green' },
  rejected: { tag: 'error', dot: 'red' },
  cancelled: { tag: 'default', dot: 'gray' },
};

/** The status of one step of an approval chain. */
export function ApprovalStepStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STEP_COLORS[status]?.tag ?? 'default'} data-testid="approval-step-status" data-status={status}>
      {t(`approvals.stepStatuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
