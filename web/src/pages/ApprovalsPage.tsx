import { ApprovalBoard } from '../modules/approvals/ApprovalBoard';

export function ApprovalsPage() {
  return <ApprovalBoard />;
}
