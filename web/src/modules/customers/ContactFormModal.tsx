import { App, Checkbox, Form, Input, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { useMe } from '../auth/useMe';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Contact, ContactInput } from './types';
import { useContactMutations } from './useContactMutations';

const FORM_ID = 'contact-form';

type Values = { name: string; title?: string; phone?: string; email?: string; is_primary?: boolean };

type ContactFormModalProps = {
  customerId: string;
  open: boolean;
  /** The contact to edit, or null to add one. */
  contact: Contact | null;
  onClose: () => void;
};

function toInput(values: Values, hidden: string[]): ContactInput {
  const text = (v: string | undefined) => v?.trim() || null;
  const input: ContactInput = { name: values.name.trim(), title: text(values.title), is_primary: !!values.is_primary };
  if (!hidden.includes('phone')) input.phone = text(values.phone);
  if (!hidden.includes('email')) input.email = text(values.email);
  return input;
}

/** Add or edit one contact person of a customer. */
export function ContactFormModal({ customerId, open, contact, onClose }: ContactFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { create, update } = useContactMutations(customerId);
  const session = useOpenSession(open, contact);
  const hidden = useMe().data?.hidden_fields.contact ?? [];

  const handleSubmit = (values: Values, form: FormInstance<Values>) => {
    const input = toInput(values, hidden);
    const onError = (error: Error) => handleError(error, { form, conflictMessage: t('errors.conflict') });
    const onSuccess = () => {
      message.success(t('common.saved'));
      onClose();
    };
    if (contact) update.mutate({ id: contact.id, input: { ...input, version: contact.version } }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  return (
    <Modal
      open={open}
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.createTitle')}
      okText={contact ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, loading: create.isPending || update.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <ContactForm key={session} contact={contact} hidden={hidden} onSubmit={handleSubmit} />
    </Modal>
  );
}

type ContactFormProps = {
  contact: Contact | null;
  hidden: string[];
  onSubmit: (values: Values, form: FormInstance<Values>) => void;
};

function ContactForm({ contact, hidden, onSubmit }: ContactFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const initial: Values = contact
    ? {
        name: contact.name,
        title: contact.title ?? '',
        phone: contact.phone ?? '',
        email: contact.email ?? '',
        is_primary: contact.is_primary,
      }
    : { name: '', is_primary: false };
  return (
    <Form<Values> id={FORM_ID} form={form} layout="vertical" initialValues={initial} onFinish={(v) => onSubmit(v, form)}>
      <Form.Item name="name" label={t('contacts.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="contact-name" />
      </Form.Item>
      <Form.Item name="title" label={t('contacts.title')}>
        <Input />
      </Form.Item>
      {hidden.includes('phone') ? null : (
        <Form.Item name="phone" label={t('contacts.phone')}>
          <Input autoComplete="off" />
        </Form.Item>
      )}
      {hidden.includes('email') ? null : (
        <Form.Item name="email" label={t('contacts.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="is_primary" valuePropName="checked">
        <Checkbox>{t('contacts.isPrimary')}</Checkbox>
      </Form.Item>
    </Form>
  );
}
