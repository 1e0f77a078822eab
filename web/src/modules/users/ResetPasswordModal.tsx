import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { User } from './types';
import { useUserMutations } from './useUserMutations';

type ResetPasswordModalProps = { user: User | null; onClose: () => void };
type Values = { new_password: string; confirm: string };

/** Sets a new password for another user (this also unlocks the account). */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const { resetPassword } = useUserMutations();

  const handleFinish = (values: Values) => {
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
      confirmLoading={resetPassword.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish} preserve={false}>
        <Form.Item
          name="new_password"
          label={t('password.new')}
          rules={[
            { required: true, message: t('validation.required') },
            { min: 8, message: t('validation.passwordMin', { count: 8 }) },
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
    </Modal>
  );
}
