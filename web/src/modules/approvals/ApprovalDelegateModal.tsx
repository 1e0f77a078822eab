import { App, Form, Input, Modal, Typography, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { ColleagueSelect } from '../users/ColleagueSelect';
import type { Approval } from './types';
import { useApprovalMutations } from './useApprovalMutations';
import { useDecisionErrorHandler } from './useDecisionErrorHandler';

type ApprovalDelegateModalProps = {
  approval: Approval;
  open: boolean;
  onClose: () => void;
};

type Values = { user_id: string; comment?: string };
const FORM_ID = 'approval-delegate-form';

/** Hands the caller's step to another active user (not the submitter), with an optional note. */
export function ApprovalDelegateModal({ approval, open, onClose }: ApprovalDelegateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { delegate } = useApprovalMutations();
  const handleError = useDecisionErrorHandler();
  const session = useOpenSession(open);
  const okProps: ButtonProps & { 'data-testid': string } = {
    htmlType: 'submit',
    form: FORM_ID,
    loading: delegate.isPending,
    'data-testid': 'approval-delegate-confirm',
  };

  const submit = (values: Values, form: FormInstance<Values>) =>
    delegate.mutate(
      { id: approval.id, userId: values.user_id, comment: values.comment ?? '' },
      {
        onSuccess: () => {
          message.success(t('approvals.done.delegate'));
          onClose();
        },
        onError: (error) => handleError(error, { form, onStale: onClose }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('approvals.delegateTitle', { title: approval.title })}
      okText={t('approvals.actions.delegate')}
      cancelText={t('common.cancel')}
      okButtonProps={okProps}
      onCancel={onClose}
      destroyOnHidden
      data-testid="approval-delegate-modal"
    >
      <Typography.Paragraph type="secondary">{t('approvals.delegateHelp')}</Typography.Paragraph>
      <DelegateForm key={session} onSubmit={submit} />
    </Modal>
  );
}

function DelegateForm({ onSubmit }: { onSubmit: (values: Values, form: FormInstance<Values>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> id={FORM_ID} form={form} layout="vertical" onFinish={(values) => onSubmit(values, form)}>
      <Form.Item name="user_id" label={t('approvals.delegateTo')} rules={[{ required: true, message: t('validation.required') }]}>
        <ColleagueSelect placeholder={t('approvals.delegatePlaceholder')} data-testid="approval-delegate-user" />
      </Form.Item>
      <Form.Item name="comment" label={t('approvals.comment')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('approvals.commentPlaceholder')} />
      </Form.Item>
    </Form>
  );
}
