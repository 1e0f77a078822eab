import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUOTE_STATUS_COLORS } from './quoteStatus';
import type { QuoteStatus } from './types';

/** A quote status in its colour. */
export function QuoteStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={QUOTE_STATUS_COLORS[status as QuoteStatus] ?? 'default'} data-testid="quote-status">
      {t(`quotes.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
