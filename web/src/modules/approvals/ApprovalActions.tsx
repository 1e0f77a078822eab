import { CheckOutlined, CloseOutlined, RollbackOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApprovalDecisionModal } from './ApprovalDecisionModal';
import { ApprovalDelegateModal } from './ApprovalDelegateModal';
import type { Approval, ApprovalDecision } from './types';
import { useApprovalMutations } from './useApprovalMutations';
import { useDecisionErrorHandler } from './useDecisionErrorHandler';

type ApprovalActionsProps = {
  approval: Approval;
  size?: 'small' | 'middle';
};

/**
 * What the caller may do to a request, as the server says: approve / reject / delegate
 * with `can_decide`, recall with `can_recall` (the submitter, while pending).
 */
export function ApprovalActions({ approval, size = 'middle' }: ApprovalActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { recall } = useApprovalMutations();
  const handleError = useDecisionErrorHandler();
  const [decision, setDecision] = useState<ApprovalDecision | null>(null);
  const [delegating, setDelegating] = useState(false);
  if (!approval.can_decide && !approval.can_recall) return null;

  const confirmRecall = () =>
    modal.confirm({
      title: t('approvals.recallConfirm', { title: approval.title }),
      content: approval.object === 'quote' ? t('approvals.recallQuoteHelp') : undefined,
      okText: t('approvals.actions.recall'),
      cancelText: t('common.back'),
      onOk: () =>
        recall.mutateAsync({ id: approval.id }).then(
          () => message.success(t('approvals.done.recall')),
          (error: unknown) => handleError(error, { onStale: () => undefined }),
        ),
    });

  return (
    <>
      <Space wrap size={size === 'small' ? 4 : 8}>
        {approval.can_decide ? (
          <>
            <Button type="primary" size={size} icon={<CheckOutlined />} onClick={() => setDecision('approve')} data-testid="approval-approve">
              {t('approvals.actions.approve')}
            </Button>
            <Button danger size={size} icon={<CloseOutlined />} onClick={() => setDecision('reject')} data-testid="approval-reject">
              {t('approvals.actions.reject')}
            </Button>
            <Button size={size} icon={<UserSwitchOutlined />} onClick={() => setDelegating(true)} data-testid="approval-delegate">
              {t('approvals.actions.delegate')}
            </Button>
          </>
        ) : null}
        {approval.can_recall ? (
          <Button size={size} icon={<RollbackOutlined />} onClick={confirmRecall} loading={recall.isPending} data-testid="approval-recall">
            {t('approvals.actions.recall')}
          </Button>
        ) : null}
      </Space>
      <ApprovalDecisionModal approval={approval} decision={decision} onClose={() => setDecision(null)} />
      <ApprovalDelegateModal approval={approval} open={delegating} onClose={() => setDelegating(false)} />
    </>
  );
}
