import { CalendarOutlined, FileDoneOutlined, FundProjectionScreenOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { OpportunityCreateDrawer } from '../opportunities/OpportunityCreateDrawer';
import { VisitCreateModal } from '../visits/VisitCreateModal';
import type { Customer } from './types';

/** "New visit", "New opportunity" and "New quote" for this customer, as the user's permissions allow. */
export function CustomerQuickActions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [visiting, setVisiting] = useState(false);
  const [opportunity, setOpportunity] = useState(false);
  const isAdmin = me?.user.role === 'admin';
  const may = (object: string) => isAdmin || can(me, object, 'create');
  const prefill = { id: customer.id, name: customer.name };
  if (!may('visit') && !may('opportunity') && !may('quote')) return null;

  return (
    <>
      <Space wrap size={8}>
        {may('visit') ? (
          <Button icon={<CalendarOutlined />} onClick={() => setVisiting(true)} data-testid="customer-new-visit">
            {t('customers.newVisit')}
          </Button>
        ) : null}
        {may('opportunity') ? (
          <Button icon={<FundProjectionScreenOutlined />} onClick={() => setOpportunity(true)} data-testid="customer-new-opportunity">
            {t('customers.newOpportunity')}
          </Button>
        ) : null}
        {may('quote') ? (
          <Button
            icon={<FileDoneOutlined />}
            onClick={() => void navigate(`/quotes/new?customer_id=${encodeURIComponent(customer.id)}`)}
            data-testid="customer-new-quote"
          >
            {t('customers.newQuote')}
          </Button>
        ) : null}
      </Space>
      <VisitCreateModal open={visiting} onClose={() => setVisiting(false)} customer={prefill} />
      <OpportunityCreateDrawer open={opportunity} onClose={() => setOpportunity(false)} customer={prefill} openAfter={false} />
    </>
  );
}
