import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUOTE_LIFECYCLE, quotePosition } from './quoteStatus';
import type { QuoteStatusChange } from './types';

/** The lifecycle as steps; a rejected, expired or cancelled quote shows a red cross where it stopped. */
export function QuoteStatusSteps({ status, timeline }: { status: string; timeline: QuoteStatusChange[] }) {
  const { t } = useTranslation();
  const { index, stopped } = quotePosition(status, timeline);
  return (
    <Steps
      data-testid="quote-steps"
      size="small"
      current={index}
      status={stopped ? 'error' : status === 'converted' ? 'finish' : 'process'}
      items={QUOTE_LIFECYCLE.map((s, i) => ({
        title: stopped && i === index ? t(`quotes.statuses.${status}`, { defaultValue: status }) : t(`quotes.statuses.${s}`),
      }))}
    />
  );
}
