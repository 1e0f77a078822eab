import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { nextAttempt } from './nextAttempt';
import type { WebhookDelivery } from './types';

const COLORS: Record<string, string> = { pending: 'processing', delivered: 'success', retrying: 'warning', failed: 'error' };

/**
 * Where one delivery stands: on its way, delivered (2xx), retrying (the last attempt failed;
 * when the next automatic one is due is said under the tag) or failed for good.
 */
export function DeliveryStatusTag({ delivery }: { delivery: Pick<WebhookDelivery, 'status' | 'next_attempt_at'> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { status } = delivery;
  const tag = (
    <Tag color={COLORS[status] ?? 'default'} data-testid="delivery-status" data-status={status}>
      {t(`webhooks.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
  const next = nextAttempt(delivery);
  if (!next) return tag;
  const text = next.soon ? t('webhooks.log.nextAttemptSoon') : t('webhooks.log.nextAttempt', { at: formatDateTime(next.at) });
  return (
    <Flex vertical align="flex-start" gap={2}>
      <Tooltip title={text}>{tag}</Tooltip>
      <Typography.Text type="secondary" className="num webhook-log__next" data-testid="delivery-next-attempt">
        {text}
      </Typography.Text>
    </Flex>
  );
}
