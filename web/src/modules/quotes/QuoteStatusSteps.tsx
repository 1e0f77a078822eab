import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUOTE_LIFECYCLE, quotePosition } from './quoteStatus';
import type { QuoteStatusChange } from './types';

/**
 * The lifecycle as steps; a quote waiting for approval shows so on the submitted step, a
 * rejected, expired or cancelled one a red cross where it stopped.
 */
export function QuoteStatusSteps({ status, timeline }: { status: string; timeline: QuoteStatusChange[] }) {
  const { t } = useTranslation();
  const { index, stopped } = quotePosition(status, timeline);
  const titleAt = (s: string, i: number) => {
    if (i !== index) return t(`quotes.statuses.${s}`);
    if (stopped || status === 'pending_approval') return t(`quotes.statuses.${status}`, { defaultValue: status });
    return t(`quotes.statuses.${s}`);
  };
  return (
    <Steps
      data-testid="quote-steps"
      size="small"
      current={index}
      status={stopped ? 'error' : status === 'converted' ? 'finish' : 'process'}
      items={QUOTE_LIFECYCLE.map((s, i) => ({ title: titleAt(s, i) }))}
    />
  );
}
