import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reasonParts } from './approvalReason';
import type { Approval } from './types';
import { useReasonFormat } from './useReasonFormat';

/** Why the request needs approval, in one line ("3 lines over authority: max 25% vs limit 10%"). */
export function ApprovalReasonSummary({ approval, ellipsis = false }: { approval: Approval; ellipsis?: boolean }) {
  const { t } = useTranslation();
  const format = useReasonFormat(approval.currency);
  const text = reasonParts(approval.reason, format).join(t('approvals.reason.separator'));
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text ellipsis={ellipsis ? { tooltip: text } : false} data-testid="approval-reason-summary">
      {text}
    </Typography.Text>
  );
}
