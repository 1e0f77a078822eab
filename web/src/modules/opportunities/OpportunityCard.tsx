import { CalendarOutlined, UserOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { CSSProperties, HTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import { isOverdue } from './isOverdue';
import type { Opportunity } from './types';

type OpportunityCardProps = HTMLAttributes<HTMLDivElement> & {
  opportunity: Opportunity;
  /** Open stage (an overdue close date is flagged only while the deal is open). */
  open: boolean;
  /** The copy under the pointer while dragging. */
  overlay?: boolean;
  /** The original card while its copy is being dragged. */
  placeholder?: boolean;
  style?: CSSProperties;
  ref?: Ref<HTMLDivElement>;
};

/** A kanban card: name, customer, amount with probability, expected close date and owner. */
export function OpportunityCard({ opportunity: o, open, overlay, placeholder, className, ref, ...rest }: OpportunityCardProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const overdue = open && isOverdue(o.expected_close_date);
  const classes = ['opportunity-card', overlay ? 'opportunity-card--overlay' : '', placeholder ? 'opportunity-card--placeholder' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div ref={ref} className={classes} data-testid="opportunity-card" data-id={o.id} {...rest}>
      <div className="opportunity-card__name" title={o.name}>
        {o.name}
      </div>
      <Typography.Text type="secondary" ellipsis className="opportunity-card__customer">
        {o.customer_name}
      </Typography.Text>
      <div className="opportunity-card__row">
        <span className="opportunity-card__amount num">{formatMoney(o.amount, o.currency)}</span>
        <span className="opportunity-card__probability num" title={t('opportunities.probability')}>
          {o.probability}%
        </span>
      </div>
      <div className="opportunity-card__row opportunity-card__meta">
        <span className={overdue ? 'opportunity-card__date--overdue num' : 'num'} title={overdue ? t('opportunities.overdue') : t('opportunities.expectedClose')}>
          <CalendarOutlined /> {formatDate(o.expected_close_date.slice(0, 10))}
        </span>
        {o.owner_name ? (
          <span className="opportunity-card__owner" title={o.owner_name}>
            <UserOutlined /> {o.owner_name}
          </span>
        ) : null}
      </div>
    </div>
  );
}
