import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/formatDate';
import { stepTimes, trackingPosition, TRACKING_STEPS } from './trackingSteps';
import type { TrackedOrder } from './types';

/** created → confirmed → picking → shipped → delivered, with the day each step was reached. */
export function TrackingSteps({ order }: { order: TrackedOrder }) {
  const { t, i18n } = useTranslation();
  const { index, done, cancelled } = trackingPosition(order.status, order.timeline);
  const times = stepTimes(order.timeline);
  const cancelledAt = cancelled ? order.timeline.filter((e) => e.status === 'cancelled').map((e) => e.at).sort().pop() : undefined;
  return (
    <Steps
      className="tracking-steps"
      data-testid="tracking-steps"
      current={index}
      status={cancelled ? 'error' : done ? 'finish' : 'process'}
      titlePlacement="vertical"
      responsive
      items={TRACKING_STEPS.map((step, i) => {
        // Where a cancelled order stopped, the day it was cancelled.
        const at = cancelled && i === index ? cancelledAt : (times[step] ?? (step === 'created' ? order.order_date : undefined));
        return {
          title: cancelled && i === index ? t('tracking.statuses.cancelled') : t(`tracking.steps.${step}`),
          content: at && (i <= index || done) ? <span className="num">{formatDate(at, i18n.language)}</span> : undefined,
        };
      })}
    />
  );
}
