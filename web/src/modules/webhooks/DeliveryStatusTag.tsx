import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { pending: 'processing', delivered: 'success', failed: 'error' };

/** Where one delivery stands: on its way, delivered (2xx), or failed (its last attempt). */
export function DeliveryStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="delivery-status" data-status={status}>
      {t(`webhooks.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
