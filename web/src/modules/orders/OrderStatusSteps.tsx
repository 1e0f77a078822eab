import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { lifecyclePosition, ORDER_LIFECYCLE } from './orderStatus';
import type { OrderStatusChange } from './types';

/** The lifecycle as steps; a cancelled order shows a red cross where it stopped. */
export function OrderStatusSteps({ status, timeline }: { status: string; timeline: OrderStatusChange[] }) {
  const { t } = useTranslation();
  const { index, cancelled } = lifecyclePosition(status, timeline);
  const done = status === 'closed';
  return (
    <Steps
      data-testid="order-steps"
      size="small"
      current={index}
      status={cancelled ? 'error' : done ? 'finish' : 'process'}
      items={ORDER_LIFECYCLE.map((s, i) => ({
        title: cancelled && i === index ? t('orders.statuses.cancelled') : t(`orders.statuses.${s}`),
      }))}
    />
  );
}
