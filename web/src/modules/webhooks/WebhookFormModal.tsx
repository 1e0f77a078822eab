import { Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Webhook, WebhookInput } from './types';
import { checkWebhook, KNOWN_TOPICS, webhookInput, type WebhookFormValues } from './webhookForm';

type WebhookFormModalProps = {
  open: boolean;
  /** Absent: a new subscription. */
  webhook?: Webhook;
  saving: boolean;
  onSubmit: (input: WebhookInput) => Promise<unknown>;
  onClose: () => void;
};

const FORM_ID = 'webhook-form';

/** Name, address, topics (picked or typed; `*` for all) and on/off; checked like the server does. */
export function WebhookFormModal({ open, webhook, saving, onSubmit, onClose }: WebhookFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WebhookFormValues>();
  const handleError = useApiErrorHandler();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(webhook ? { name: webhook.name, url: webhook.url, topics: webhook.topics, active: webhook.active } : { topics: [], active: true });
  }, [open, webhook, form]);

  const handleFinish = (values: WebhookFormValues) => {
    const problems = checkWebhook(values);
    if (problems.length) {
      form.setFields(
        problems.map((p) => ({ name: p.field, errors: [t(`webhooks.errors.${p.kind}`, { topic: p.topic ?? '' })] })),
      );
      return;
    }
    onSubmit(webhookInput(values)).catch((error: unknown) => {
      if (isApiError(error) && error.status === 409) return; // the caller says so and reloads
      if (isApiError(error) && error.errors.length) {
        // `topics[2]` belongs to the topics field.
        form.setFields(error.errors.map((e) => ({ name: e.field.replace(/\[\d+\]$/, '') as keyof WebhookFormValues, errors: [e.message] })));
        return;
      }
      handleError(error);
    });
  };

  return (
    <Modal
      open={open}
      title={webhook ? t('webhooks.editTitle') : t('webhooks.createTitle')}
      okText={webhook ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, loading: saving, id: 'webhook-submit' }}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form<WebhookFormValues> id={FORM_ID} form={form} layout="vertical" onFinish={handleFinish} data-testid="webhook-form">
        <Form.Item name="name" label={t('webhooks.columns.name')} required>
          <Input maxLength={200} data-testid="webhook-form-name" />
        </Form.Item>
        <Form.Item name="url" label={t('webhooks.url')} required extra={t('webhooks.urlHelp')}>
          <Input placeholder="https://erp.example.com/salient/hooks" maxLength={2000} className="num" data-testid="webhook-form-url" />
        </Form.Item>
        <Form.Item name="topics" label={t('webhooks.columns.topics')} required extra={t('webhooks.topicsHelp')}>
          <Select<string[]>
            mode="tags"
            tokenSeparators={[',', ' ']}
            placeholder={t('webhooks.topicsPlaceholder')}
            options={KNOWN_TOPICS.map((topic) => ({ value: topic, label: topic === '*' ? `* · ${t('webhooks.allTopics')}` : topic }))}
            data-testid="webhook-form-topics"
          />
        </Form.Item>
        <Form.Item name="active" label={t('webhooks.columns.active')} valuePropName="checked">
          <Switch data-testid="webhook-form-active" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
