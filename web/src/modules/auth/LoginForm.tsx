import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/ApiError';
import { applyFieldErrors } from '../http/applyFieldErrors';
import { loginErrorMessage } from './loginErrorMessage';
import type { LoginInput } from './types';
import { useLogin } from './useLogin';

/** Username and password; server errors (wrong password, locked, throttled) inline. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();

  const fieldErrorsOnly =
    login.error instanceof ApiError && login.error.status === 422 && login.error.errors.length > 0;

  const handleFinish = (values: LoginInput) =>
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 422) applyFieldErrors(form, error.errors);
        },
      },
    );

  return (
    <Form<LoginInput>
      form={form}
      layout="vertical"
      size="large"
      onFinish={handleFinish}
      onValuesChange={() => login.error && login.reset()}
      requiredMark={false}
      data-testid="login-form"
    >
      {login.error && !fieldErrorsOnly ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 20 }}
          title={<span data-testid="login-error">{loginErrorMessage(login.error, t)}</span>}
        />
      ) : null}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined className="login-form__icon" />}
          placeholder={t('login.usernamePlaceholder')}
          autoComplete="username"
          autoFocus
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined className="login-form__icon" />}
          placeholder={t('login.passwordPlaceholder')}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 12, marginTop: 28 }}>
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
