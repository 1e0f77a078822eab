import { App, Button, Drawer, Form, Input, Select, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIX } from '../../ui/passwordRules';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { RoleSelect } from '../roles/RoleSelect';
import { ZoneTreeSelect } from '../zones/ZoneTreeSelect';
import type { Locale, User, UserCreateInput, UserPatchInput } from './types';
import { useUserMutations } from './useUserMutations';

type UserFormDrawerProps = {
  open: boolean;
  /** The user to edit, or null to create one. */
  user: User | null;
  onClose: () => void;
};

type UserFormValues = {
  username: string;
  password: string;
  display_name: string;
  role: string;
  zone_id: string | null;
  email: string;
  phone: string;
  locale: Locale;
};

const editable = ['display_name', 'role', 'zone_id', 'email', 'phone', 'locale'] as const;
const nullable = new Set<string>(['zone_id', 'email', 'phone']);

function initialValues(user: User | null): Partial<UserFormValues> {
  if (!user) return { locale: 'zh-CN', role: 'sales_rep', zone_id: null };
  return {
    username: user.username,
    display_name: user.display_name,
    role: user.role,
    zone_id: user.zone_id,
    email: user.email ?? '',
    phone: user.phone ?? '',
    locale: user.locale,
  };
}

function createInput(values: UserFormValues): UserCreateInput {
  const input: UserCreateInput = {
    username: values.username.trim(),
    password: values.password,
    display_name: values.display_name.trim(),
    role: values.role,
    locale: values.locale,
  };
  if (values.zone_id) input.zone_id = values.zone_id;
  if (values.email?.trim()) input.email = values.email.trim();
  if (values.phone?.trim()) input.phone = values.phone.trim();
  return input;
}

/** Only what changed, plus the version the edit was based on. Cleared optional fields become null. */
function patchInput(user: User, values: UserFormValues): UserPatchInput {
  const before = initialValues(user);
  const normalise = (key: (typeof editable)[number], value: string | null | undefined) => {
    const text = typeof value === 'string' ? value.trim() : value;
    return nullable.has(key) && !text ? null : (text ?? '');
  };
  const patch: UserPatchInput = { version: user.version };
  for (const key of editable) {
    const value = normalise(key, values[key]);
    if (value !== normalise(key, before[key])) Object.assign(patch, { [key]: value });
  }
  return patch;
}

/** Create or edit a user in a side drawer. */
export function UserFormDrawer({ open, user, onClose }: UserFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { create, update } = useUserMutations();
  const saving = create.isPending || update.isPending;
  const session = useOpenSession(open, user);

  const handleSubmit = (values: UserFormValues, form: FormInstance<UserFormValues>) => {
    const onError = (error: Error) => handleError(error, { form, conflictMessage: user ? t('errors.conflict') : undefined });
    if (!user) {
      create.mutate(createInput(values), {
        onSuccess: (created) => {
          message.success(t('users.created', { name: created.username }));
          onClose();
        },
        onError,
      });
      return;
    }
    update.mutate(
      { id: user.id, input: patchInput(user, values) },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Drawer
      title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      data-testid="user-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving} data-testid="user-submit">
            {user ? t('common.save') : t('common.create')}
          </Button>
        </Space>
      }
    >
      <UserForm key={session} user={user} onSubmit={handleSubmit} />
    </Drawer>
  );
}

const FORM_ID = 'user-form';

type UserFormProps = {
  user: User | null;
  onSubmit: (values: UserFormValues, form: FormInstance<UserFormValues>) => void;
};

function UserForm({ user, onSubmit }: UserFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  return (
    <Form<UserFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={initialValues(user)}
      onFinish={(values) => onSubmit(values, form)}
      requiredMark="optional"
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        rules={[
          { required: true, message: t('validation.required') },
          { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('users.usernameRule') },
        ]}
      >
        <Input disabled={!!user} autoComplete="off" data-testid="user-username" />
      </Form.Item>
      {user ? null : (
        <Form.Item
          name="password"
          label={t('users.initialPassword')}
          rules={[
            { required: true, message: t('validation.required') },
            { min: 8, message: t('validation.passwordMin', { count: 8 }) },
            { pattern: PASSWORD_MIX, message: t('validation.passwordMix') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
      )}
      <Form.Item
        name="display_name"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input data-testid="user-display-name" />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('validation.required') }]}>
        <RoleSelect data-testid="user-role" />
      </Form.Item>
      <Form.Item name="zone_id" label={t('users.zone')}>
        <ZoneTreeSelect placeholder={t('users.zonePlaceholder')} />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('users.phone')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="locale" label={t('users.locale')}>
        <Select<Locale>
          options={[
            { value: 'zh-CN', label: '中文（简体）' },
            { value: 'en-US', label: 'English (US)' },
          ]}
        />
      </Form.Item>
    </Form>
  );
}
