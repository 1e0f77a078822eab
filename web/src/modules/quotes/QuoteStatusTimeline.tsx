import { useTranslation } from 'react-i18next';
import { StatusTimeline } from '../../ui/StatusTimeline';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { QUOTE_STATUS_COLORS } from './quoteStatus';
import { QuoteStatusTag } from './QuoteStatusTag';
import type { QuoteStatus, QuoteStatusChange } from './types';

/** Who moved the quote to which status, when, and why — newest first. */
export function QuoteStatusTimeline({ timeline }: { timeline: QuoteStatusChange[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <StatusTimeline
      timeline={timeline}
      emptyText={t('quotes.noHistory')}
      systemLabel={t('audit.system')}
      testId="quote-timeline"
      renderTag={(status) => <QuoteStatusTag status={status} />}
      colorOf={(status) => QUOTE_STATUS_COLORS[status as QuoteStatus] ?? 'default'}
      formatDateTime={formatDateTime}
    />
  );
}
