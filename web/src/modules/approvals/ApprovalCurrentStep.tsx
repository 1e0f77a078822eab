import { Flex, Typography } from 'antd';
import { ApprovalStatusTag } from './ApprovalStatusTag';
import { currentSteps } from './approvalSteps';
import { EscalatedBadge } from './EscalatedBadge';
import type { Approval } from './types';
import { useStepRoleLabel } from './useStepLabel';

/** Whom a pending request waits for now (with the escalation badge); a decided one shows its status. */
export function ApprovalCurrentStep({ approval }: { approval: Approval }) {
  const roleLabel = useStepRoleLabel();
  if (approval.status !== 'pending') return <ApprovalStatusTag status={approval.status} />;
  const steps = currentSteps(approval);
  if (steps.length === 0) return <span className="num">#{approval.current_seq}</span>;
  const escalated = steps.find((s) => s.escalated_at)?.escalated_at;
  return (
    <Flex gap={4} align="center" wrap data-testid="approval-current-step">
      <Typography.Text>{steps.map((s) => s.approver_name || roleLabel(s)).join(' + ')}</Typography.Text>
      {escalated ? <EscalatedBadge at={escalated} /> : null}
    </Flex>
  );
}
