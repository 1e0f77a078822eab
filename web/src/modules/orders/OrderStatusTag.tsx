import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUS_COLORS } from './orderStatus';
import type { OrderStatus } from './types';

/** An order status in its colour. */
export function OrderStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ORDER_STATUS_COLORS[status as OrderStatus] ?? 'default'} data-testid="order-status">
      {t(`orders.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
