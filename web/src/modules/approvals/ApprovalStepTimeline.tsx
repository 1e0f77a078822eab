import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useZones } from '../zones/useZones';
import { STEP_COLORS, ApprovalStepStatusTag } from './ApprovalStepStatusTag';
import { sortSteps } from './approvalSteps';
import { EscalatedBadge } from './EscalatedBadge';
import type { ApprovalStep } from './types';
import { useStepRoleLabel } from './useStepLabel';

/**
 * The chain top to bottom: each step's number, label, approver, status, the decision
 * (who, when, comment), the due time of a pending step and whether it was escalated.
 */
export function ApprovalStepTimeline({ steps }: { steps: ApprovalStep[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const roleLabel = useStepRoleLabel();
  const zones = useZones();
  const zoneName = (id: string | null) => (id ? zones.data?.find((z) => z.id === id)?.name : undefined);
  // A delegated step names its person; otherwise the role, in the zone it belongs to.
  const approver = (step: ApprovalStep) =>
    step.approver_name
      ? `${step.approver_name} (${t('approvals.step.delegated')})`
      : [roleLabel(step), zoneName(step.approver_zone_id)].filter(Boolean).join(' · ');
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approvals.noSteps')} />;

  return (
    <Timeline
      data-testid="approval-steps"
      items={sortSteps(steps).map((step) => {
        const decided = step.status === 'approved' || step.status === 'rejected';
        return {
          key: step.id,
          color: STEP_COLORS[step.status]?.dot ?? 'gray',
          content: (
            <div className="approval-step" data-testid="approval-step" data-status={step.status}>
              <div className="approval-step__head">
                <span className="approval-step__seq num">{step.seq}</span>
                <Typography.Text strong title={step.label}>
                  {t('approvals.step.title', { role: roleLabel(step) })}
                </Typography.Text>
                <ApprovalStepStatusTag status={step.status} />
                {step.escalated_at ? <EscalatedBadge at={step.escalated_at} /> : null}
              </div>
              <Typography.Text type="secondary" className="approval-step__meta">
                {t('approvals.step.approver')}
                {t('common.colon')}
                {approver(step)}
              </Typography.Text>
              {decided ? (
                <Typography.Text type="secondary" className="approval-step__meta">
                  {t('approvals.step.decided', {
                    name: step.decided_by_name || step.approver_name || roleLabel(step),
                    at: formatDateTime(step.decided_at),
                  })}
                </Typography.Text>
              ) : step.status === 'pending' && step.due_at ? (
                <Typography.Text type="secondary" className="approval-step__meta">
                  {t('approvals.step.due', { at: formatDateTime(step.due_at) })}
                </Typography.Text>
              ) : null}
              {step.comment ? (
                <div className="approval-step__comment" data-testid="approval-step-comment">
                  {step.comment}
                </div>
              ) : null}
            </div>
          ),
        };
      })}
    />
  );
}
