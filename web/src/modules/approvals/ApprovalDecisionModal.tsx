import { App, Form, Input, Modal, Typography, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import type { Approval, ApprovalDecision } from './types';
import { useApprovalMutations } from './useApprovalMutations';
import { useDecisionErrorHandler } from './useDecisionErrorHandler';

type ApprovalDecisionModalProps = {
  approval: Approval;
  /** The decision asked for; null when closed. */
  decision: ApprovalDecision | null;
  onClose: () => void;
};

type Values = { comment?: string };
const FORM_ID = 'approval-decision-form';

/** Approve (comment optional) or reject (comment required); the server's comment error shows under the box. */
export function ApprovalDecisionModal({ approval, decision, onClose }: ApprovalDecisionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { decide } = useApprovalMutations();
  const handleError = useDecisionErrorHandler();
  const session = useOpenSession(decision !== null, decision);
  const okProps: ButtonProps & { 'data-testid': string } = {
    danger: decision === 'reject',
    htmlType: 'submit',
    form: FORM_ID,
    loading: decide.isPending,
    'data-testid': 'approval-decision-confirm',
  };

  const submit = (values: Values, form: FormInstance<Values>) => {
    if (!decision) return;
    decide.mutate(
      { id: approval.id, decision, comment: values.comment ?? '' },
      {
        onSuccess: () => {
          message.success(t(`approvals.done.${decision}`));
          onClose();
        },
        onError: (error) => handleError(error, { form, onStale: onClose }),
      },
    );
  };

  return (
    <Modal
      open={decision !== null}
      title={decision ? t(`approvals.decisionTitle.${decision}`, { title: approval.title }) : ''}
      okText={decision ? t(`approvals.actions.${decision}`) : ''}
      cancelText={t('common.cancel')}
      okButtonProps={okProps}
      onCancel={onClose}
      destroyOnHidden
      data-testid="approval-decision-modal"
    >
      <Typography.Paragraph type="secondary">{decision ? t(`approvals.decisionHelp.${decision}`) : ''}</Typography.Paragraph>
      <DecisionForm key={session} required={decision === 'reject'} onSubmit={submit} />
    </Modal>
  );
}

function DecisionForm({ required, onSubmit }: { required: boolean; onSubmit: (values: Values, form: FormInstance<Values>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> id={FORM_ID} form={form} layout="vertical" onFinish={(values) => onSubmit(values, form)} requiredMark={required}>
      <Form.Item
        name="comment"
        label={t('approvals.comment')}
        rules={required ? [{ required: true, whitespace: true, message: t('approvals.commentRequired') }] : []}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          autoFocus
          placeholder={t(required ? 'approvals.rejectPlaceholder' : 'approvals.commentPlaceholder')}
          data-testid="approval-comment"
        />
      </Form.Item>
    </Form>
  );
}
