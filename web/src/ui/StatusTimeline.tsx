import { Empty, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';

/** One status change of a record: who moved it to which status, when, and why. */
export type StatusChange = {
  to_status: string;
  actor_name: string | null;
  note: string | null;
  at: string;
};

const dotColors: Record<string, string> = { default: 'gray', red: 'red', green: 'green', orange: 'orange' };

type Props = {
  timeline: StatusChange[];
  emptyText: string;
  systemLabel: string;
  testId: string;
  renderTag: (status: string) => ReactNode;
  colorOf: (status: string) => string;
  formatDateTime: (at: string) => string;
};

/** A record's status history, newest first (orders, quotes). */
export function StatusTimeline({ timeline, emptyText, systemLabel, testId, renderTag, colorOf, formatDateTime }: Props) {
  if (timeline.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const items = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid={testId}
      items={items.map((change, i) => ({
        key: `${change.at}-${i}`,
        color: dotColors[colorOf(change.to_status)] ?? 'blue',
        content: (
          <div className="status-change">
            <div>
              {renderTag(change.to_status)}
              <Typography.Text type="secondary" className="status-change__meta">
                {!change.actor_name || change.actor_name === 'system' ? systemLabel : change.actor_name} ·{' '}
                <span className="num">{formatDateTime(change.at)}</span>
              </Typography.Text>
            </div>
            {change.note ? <div className="status-change__note">{change.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
