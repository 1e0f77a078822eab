import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { QUOTE_STATUS_COLORS } from './quoteStatus';
import { QuoteStatusTag } from './QuoteStatusTag';
import type { QuoteStatus, QuoteStatusChange } from './types';

const dotColors: Record<string, string> = { default: 'gray', red: 'red', green: 'green', orange: 'orange' };

/** Who moved the quote to which status, when, and why — newest first. */
export function QuoteStatusTimeline({ timeline }: { timeline: QuoteStatusChange[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (timeline.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quotes.noHistory')} />;
  const items = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="quote-timeline"
      items={items.map((change, i) => {
        const color = QUOTE_STATUS_COLORS[change.to_status as QuoteStatus] ?? 'default';
        return {
          key: `${change.at}-${i}`,
          color: dotColors[color] ?? 'blue',
          content: (
            <div className="status-change">
              <div>
                <QuoteStatusTag status={change.to_status} />
                <Typography.Text type="secondary" className="status-change__meta">
                  {!change.actor_name || change.actor_name === 'system' ? t('audit.system') : change.actor_name} ·{' '}
                  <span className="num">{formatDateTime(change.at)}</span>
                </Typography.Text>
              </div>
              {change.note ? <div className="status-change__note">{change.note}</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}
