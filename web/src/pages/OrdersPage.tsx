import { useTranslation } from 'react-i18next';
import { OrderList } from '../modules/orders/OrderList';
import { PageContainer } from '../ui/PageContainer';

export function OrdersPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.orders')} subtitle={t('orders.subtitle')} testId="orders-page">
      <OrderList />
    </PageContainer>
  );
}
