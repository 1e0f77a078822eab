import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPct } from '../../ui/formatPct';
import { APPROVAL_DISCOUNT_PCT } from './quoteStatus';

/** A discount percent; above the approval threshold in orange with a "may need approval" hint. */
export function DiscountValue({ pct }: { pct: number }) {
  const { t, i18n } = useTranslation();
  if (!pct) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = formatPct(pct, i18n.language);
  if (pct <= APPROVAL_DISCOUNT_PCT) return <span className="num">{text}</span>;
  return (
    <Tooltip title={t('quotes.mayNeedApproval', { pct: APPROVAL_DISCOUNT_PCT })}>
      <span className="num discount-approval" data-testid="discount-approval">
        {text}
      </span>
    </Tooltip>
  );
}
