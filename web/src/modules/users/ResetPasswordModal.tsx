import { App, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIX } from '../../ui/passwordRules';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { User } from './types';
import { useUserMutations } from './useUserMutations';

type ResetPasswordModalProps = { user: User | null; onClose: () => void };
type Values = { new_password: string; confirm: string };

const FORM_ID = 'reset-password-form';

/** Sets a new password for another user (this also unlocks the account). */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { resetPassword } = useUserMutations();
  const session = useOpenSession(!!user, user);

  const handleSubmit = (values: Values, form: FormInstance<Values>) => {
    if (!user) return;
    resetPassword.mutate(
      { id: user.id, password: values.new_password },
      {
        onSuccess: () => {
          message.success(t('users.passwordReset', { name: user.username }));
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );
  };

  return (
    <Modal
      open={!!user}
      title={t('users.resetPasswordTitle', { name: user?.username ?? '' })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, loading: resetPassword.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHint')}</Typography.Paragraph>
      <ResetPasswordForm key={session} onSubmit={handleSubmit} />
    </Modal>
  );
}

function ResetPasswordForm({ onSubmit }: { onSubmit: (values: Values, form: FormInstance<Values>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> id={FORM_ID} form={form} layout="vertical" onFinish={(values) => onSubmit(values, form)}>
      <Form.Item
        name="new_password"
        label={t('password.new')}
        rules={[
          { required: true, message: t('validation.required') },
          { min: 8, message: t('validation.passwordMin', { count: 8 }) },
          { pattern: PASSWORD_MIX, message: t('validation.passwordMix') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['new_password']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('new_password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Form>
  );
}
