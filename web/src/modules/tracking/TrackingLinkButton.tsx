import './tracking.css';
import { ExportOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { trackingUrl } from './trackingUrl';
import { useTrackingLink } from './useTrackingLink';

/** "Customer tracking link": fetches the order's link and shows the full URL to copy and send. */
export function TrackingLinkButton({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const handleError = useApiErrorHandler();
  const link = useTrackingLink();
  const [url, setUrl] = useState<string | null>(null);

  const open = () =>
    link.mutate(orderId, {
      onSuccess: (result) => setUrl(trackingUrl(window.location.origin, result.path) || null),
      onError: (error) => handleError(error),
    });

  return (
    <>
      <Button icon={<LinkOutlined />} onClick={open} loading={link.isPending} data-testid="tracking-link">
        {t('tracking.linkButton')}
      </Button>
      <Modal
        open={!!url}
        title={t('tracking.linkTitle')}
        onCancel={() => setUrl(null)}
        footer={
          <Button type="primary" onClick={() => setUrl(null)}>
            {t('common.close')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('tracking.linkHint')}</Typography.Paragraph>
        <Typography.Paragraph
          className="tracking-link-url num"
          copyable={url ? { text: url, tooltips: [t('tracking.copy'), t('tracking.copied')] } : false}
          data-testid="tracking-link-url"
        >
          {url}
        </Typography.Paragraph>
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('tracking.openLink')} <ExportOutlined />
          </a>
        ) : null}
      </Modal>
    </>
  );
}
