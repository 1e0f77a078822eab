import { Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/formatDateTime';
import type { TrackedOrder } from './types';

const COLORS: Record<string, string> = { delivered: 'green', closed: 'green', cancelled: 'red', shipped: 'blue' };

/** The order's progress, newest first, in the visitor's own time zone. */
export function TrackingTimeline({ timeline }: { timeline: TrackedOrder['timeline'] }) {
  const { t, i18n } = useTranslation();
  if (timeline.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tracking.noHistory')} />;
  const items = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      className="tracking-timeline"
      data-testid="tracking-timeline"
      items={items.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        color: i === 0 ? (COLORS[entry.status] ?? 'blue') : 'gray',
        content: (
          <div className="tracking-timeline__entry">
            <div className="tracking-timeline__status">{t(`tracking.statuses.${entry.status}`, { defaultValue: entry.status })}</div>
            <div className="tracking-timeline__time num">{formatDateTime(entry.at, i18n.language)}</div>
          </div>
        ),
      }))}
    />
  );
}
