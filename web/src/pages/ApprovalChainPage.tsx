import { ApprovalChainDesigner } from '../modules/approvalChains/ApprovalChainDesigner';

export function ApprovalChainPage() {
  return <ApprovalChainDesigner />;
}
