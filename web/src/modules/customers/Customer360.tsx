import { Button, Card, Result, Skeleton, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { RecordThread } from '../messages/RecordThread';
import { useLiveRecord } from '../realtime/useLiveRecord';
import { ContactTable } from './ContactTable';
import { CustomerDetailsForm } from './CustomerDetailsForm';
import { CustomerHeader } from './CustomerHeader';
import { CustomerKpis } from './CustomerKpis';
import { CustomerOpportunities } from './CustomerOpportunities';
import { CustomerOrders } from './CustomerOrders';
import { CustomerQuickActions } from './CustomerQuickActions';
import { CustomerQuotes } from './CustomerQuotes';
import { CustomerTimeline } from './CustomerTimeline';
import { CustomerVisits } from './CustomerVisits';
import { customerQueryKey, useCustomer } from './useCustomer';

/** Everything about one customer: header, KPIs, timeline, contacts, orders and details. */
export function Customer360({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const query = useCustomer(id);
  // The customer, its timeline and contacts (all under its key) follow others' changes.
  useLiveRecord('customer', id, [customerQueryKey(id)]);
  const customer = query.data;

  if (query.error && !customer) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('customers.notFound') : t('errors.loadFailed')}
        subTitle={notFound || !isApiError(query.error) ? undefined : describeApiError(query.error, t)}
        extra={
          <Link to="/customers">
            <Button type="primary">{t('customers.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if (!customer) {
    return (
      <Card>
        <Skeleton active avatar paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  const isAdmin = me?.user.role === 'admin';
  const canEdit = isAdmin || can(me, 'customer', 'update');
  const canEditContacts = isAdmin || can(me, 'contact', 'update') || can(me, 'customer', 'update');
  const canReadOrders = isAdmin || can(me, 'order', 'read');
  const canRead = (object: string) => isAdmin || can(me, object, 'read');
  const tab = (key: string, label: string, children: ReactNode) => ({
    key,
    label: <span data-testid={`tab-${key}`}>{label}</span>,
    children,
  });

  return (
    <div data-testid="customer-360">
      <CustomerHeader customer={customer} actions={<CustomerQuickActions customer={customer} />} />
      <CustomerKpis customer={customer} />
      <Card style={{ marginTop: 16 }} styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          defaultActiveKey="timeline"
          items={[
            { key: 'timeline', label: <span data-testid="tab-timeline">{t('customers.tabTimeline')}</span>, children: <CustomerTimeline customerId={id} /> },
            {
              key: 'contacts',
              label: <span data-testid="tab-contacts">{t('customers.tabContacts')}</span>,
              children: <ContactTable customerId={id} editable={canEditContacts} />,
            },
            ...(canRead('visit') ? [tab('visits', t('customers.tabVisits'), <CustomerVisits customerId={id} />)] : []),
            ...(canRead('opportunity') ? [tab('opportunities', t('customers.tabOpportunities'), <CustomerOpportunities customerId={id} />)] : []),
            ...(canRead('quote') ? [tab('quotes', t('customers.tabQuotes'), <CustomerQuotes customerId={id} />)] : []),
            ...(canReadOrders
              ? [{ key: 'orders', label: <span data-testid="tab-orders">{t('customers.tabOrders')}</span>, children: <CustomerOrders customerId={id} /> }]
              : []),
            tab('discussion', t('messages.discussion'), <RecordThread object="customer" objectId={id} variant="plain" />),
            {
              key: 'details',
              label: <span data-testid="tab-details">{t('customers.tabDetails')}</span>,
              children: <CustomerDetailsForm customer={customer} editable={canEdit} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
