import { BulbOutlined, EnvironmentOutlined, FileTextOutlined, ShoppingCartOutlined, StarOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useFormatDate } from '../auth/useFormatDate';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { OpportunityStageTag } from '../opportunities/OpportunityStageTag';
import { OrderStatusTag } from '../orders/OrderStatusTag';
import { QuoteStatusTag } from '../quotes/QuoteStatusTag';
import { VisitStatusTag } from '../visits/VisitStatusTag';
import { useCustomerTimeline } from './useCustomerTimeline';

const icons: Record<string, ReactNode> = {
  order: <ShoppingCartOutlined />,
  visit: <EnvironmentOutlined />,
  opportunity: <BulbOutlined />,
  quote: <FileTextOutlined />,
};
const colors: Record<string, string> = { order: 'blue', visit: 'green', opportunity: 'orange', quote: 'purple' };
/** Where an entry opens (visits have no page of their own: the customer's Visits tab lists them). */
const links: Record<string, (id: string) => string> = {
  order: (id) => `/orders/${id}`,
  opportunity: (id) => `/opportunities/${id}`,
  quote: (id) => `/quotes/${id}`,
};

/** An entry's status in the look of its own kind. */
function StatusTag({ type, status }: { type: string; status: string }) {
  if (type === 'order') return <OrderStatusTag status={status} />;
  if (type === 'visit') return <VisitStatusTag status={status} />;
  if (type === 'opportunity') return <OpportunityStageTag stage={status} />;
  if (type === 'quote') return <QuoteStatusTag status={status} />;
  return <Tag>{status}</Tag>;
}

/** Entries shown at first; the rest on request. */
const PAGE = 15;

/** Everything that happened with a customer, newest first, with an icon per kind. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatDateTime = useFormatDateTime();
  const formatDate = useFormatDate();
  const { data, isLoading } = useCustomerTimeline(customerId);
  const [shown, setShown] = useState(PAGE);

  if (isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!data?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.timelineEmpty')} />;

  return (
    <>
      <Timeline
        data-testid="customer-timeline"
        className="customer-timeline"
        items={data.slice(0, shown).map((item) => ({
          key: `${item.type}-${item.id}`,
          color: colors[item.type] ?? 'gray',
          icon: <span className={`timeline-icon timeline-icon--${item.type}`}>{icons[item.type] ?? <StarOutlined />}</span>,
          content: (
            <div className="timeline-entry">
              <div className="timeline-entry__head">
                <Tag bordered={false}>{t(`customers.timelineTypes.${item.type}`, { defaultValue: item.type })}</Tag>
                {links[item.type] ? (
                  <Link to={links[item.type](item.id)}>{item.title}</Link>
                ) : (
                  <Typography.Text strong>{item.title}</Typography.Text>
                )}
                {item.status ? <StatusTag type={item.type} status={item.status} /> : null}
                {item.amount !== null && item.amount !== undefined ? (
                  <span className="num timeline-entry__amount">{formatMoney(item.amount, item.currency)}</span>
                ) : null}
              </div>
              <Typography.Text type="secondary" className="num timeline-entry__at">
                {/* An order is dated by its order date; other entries happen at a time. */}
                {item.type === 'order' ? formatDate(item.at) : formatDateTime(item.at)}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      {data.length > shown ? (
        <Button type="link" onClick={() => setShown((n) => n + PAGE * 2)} data-testid="timeline-more">
          {t('customers.timelineMore', { count: data.length - shown })}
        </Button>
      ) : null}
    </>
  );
}
