import { App, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChangePassword } from '../../modules/auth/useChangePassword';
import { ApiError } from '../../modules/http/ApiError';
import { useApiErrorHandler } from '../../modules/http/useApiErrorHandler';
import { PASSWORD_MIX } from '../../ui/passwordRules';
import { useOpenSession } from '../../ui/useOpenSession';

type Values = { current_password: string; new_password: string; confirm: string };

const FORM_ID = 'change-password-form';

/** Own password change; the server ends every session, so we return to /login. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const change = useChangePassword();
  const session = useOpenSession(open);

  const handleSubmit = (values: Values, form: FormInstance<Values>) =>
    change.mutate(
      { current_password: values.current_password, new_password: values.new_password },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          onClose();
          void navigate('/login', { replace: true });
        },
        onError: (error) => {
          // A wrong current password is not "signed out": show it on the field.
          if (error instanceof ApiError && (error.status === 401 || error.status === 403) && error.errors.length === 0) {
            form.setFields([{ name: 'current_password', errors: [t('password.wrongCurrent')] }]);
            return;
          }
          handleError(error, { form });
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('password.change')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, loading: change.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('password.changeHint')}</Typography.Paragraph>
      <ChangePasswordForm key={session} onSubmit={handleSubmit} />
    </Modal>
  );
}

function ChangePasswordForm({ onSubmit }: { onSubmit: (values: Values, form: FormInstance<Values>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> id={FORM_ID} form={form} layout="vertical" onFinish={(values) => onSubmit(values, form)}>
      <Form.Item
        name="current_password"
        label={t('password.current')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
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
