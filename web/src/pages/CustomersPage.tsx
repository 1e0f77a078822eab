import { useTranslation } from 'react-i18next';
import { CustomerList } from '../modules/customers/CustomerList';
import { PageContainer } from '../ui/PageContainer';

export function CustomersPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.customers')} subtitle={t('customers.subtitle')} testId="customers-page">
      <CustomerList />
    </PageContainer>
  );
}
