import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The signing secret of a new webhook, shown this one time (lists only show its last
 * characters): copyable, with a warning to store it now.
 */
export function WebhookSecretModal({ secret, name, onClose }: { secret: string | null; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!secret}
      title={t('webhooks.secret.title', { name })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="webhook-secret-done">
          {t('webhooks.secret.done')}
        </Button>
      }
      width={620}
    >
      <Alert type="warning" showIcon icon={<WarningOutlined />} title={t('webhooks.secret.warning')} style={{ marginBottom: 16 }} />
      <div className="webhook-secret" data-testid="webhook-secret">
        <Typography.Text code copyable={{ text: secret ?? '', tooltips: [t('webhooks.secret.copy'), t('webhooks.secret.copied')] }} className="webhook-secret__value">
          {secret}
        </Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('webhooks.secret.how')}
      </Typography.Paragraph>
      <pre className="webhook-secret__sample">X-Salient-Signature: sha256=HMAC_SHA256(secret, "&lt;X-Salient-Timestamp&gt;.&lt;body&gt;")</pre>
    </Modal>
  );
}
