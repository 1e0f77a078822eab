import { useTranslation } from 'react-i18next';
import { StatusTimeline } from '../../ui/StatusTimeline';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { ORDER_STATUS_COLORS } from './orderStatus';
import { OrderStatusTag } from './OrderStatusTag';
import type { OrderStatus, OrderStatusChange } from './types';

/** Who moved the order to which status, when, and why — newest first. */
export function OrderStatusTimeline({ timeline }: { timeline: OrderStatusChange[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <StatusTimeline
      timeline={timeline}
      emptyText={t('orders.noHistory')}
      systemLabel={t('audit.system')}
      testId="order-timeline"
      renderTag={(status) => <OrderStatusTag status={status} />}
      colorOf={(status) => ORDER_STATUS_COLORS[status as OrderStatus] ?? 'default'}
      formatDateTime={formatDateTime}
    />
  );
}
