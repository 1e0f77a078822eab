import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { chainText, currentSteps, quoteApprovalNotice } from '../approvals/approvalSteps';
import type { Approval } from '../approvals/types';
import { useStepRoleLabel } from '../approvals/useStepLabel';

type QuoteApprovalNoticeProps = {
  status: string;
  /** The quote's approval requests; undefined while unknown. */
  approvals: Approval[] | undefined;
};

/**
 * Where the quote stands with approval: waiting for whom ("Needs approval: zone manager →
 * sales director"), approved within the submitter's authority or by the chain, rejected
 * (by whom, why) or recalled.
 */
export function QuoteApprovalNotice({ status, approvals }: QuoteApprovalNoticeProps) {
  const { t } = useTranslation();
  const roleLabel = useStepRoleLabel();
  const notice = quoteApprovalNotice(status, approvals);
  if (!notice) return null;
  const common = { showIcon: true, className: 'quote-approval-notice', 'data-testid': 'quote-approval-notice', 'data-kind': notice.kind };

  switch (notice.kind) {
    case 'pending': {
      const steps = notice.approval?.steps ?? [];
      const chain = chainText(steps, roleLabel);
      const now = notice.approval ? currentSteps(notice.approval) : [];
      return (
        <Alert
          {...common}
          type="warning"
          title={chain ? t('quotes.approval.pending', { chain }) : t('quotes.approval.pendingUnknown')}
          description={
            now.length
              ? t('quotes.approval.waitingFor', { who: now.map((s) => (s.approver_name ? `${roleLabel(s)} (${s.approver_name})` : roleLabel(s))).join(' + ') })
              : undefined
          }
        />
      );
    }
    case 'approved':
      return <Alert {...common} type="success" title={t('quotes.approval.approved', { chain: chainText(notice.approval.steps ?? [], roleLabel) })} />;
    case 'direct':
      return <Alert {...common} type="success" title={t('quotes.approval.direct')} />;
    case 'rejected':
      return (
        <Alert
          {...common}
          type="error"
          title={t('quotes.approval.rejected', {
            name: notice.step?.decided_by_name || (notice.step ? roleLabel(notice.step) : t('quotes.approval.approver')),
          })}
          description={notice.step?.comment || undefined}
        />
      );
    case 'recalled':
      return <Alert {...common} type="info" title={t('quotes.approval.recalled')} />;
    default:
      return null;
  }
}
