import { useTranslation } from 'react-i18next';
import { OrderImport } from '../modules/imports/OrderImport';
import { PageContainer } from '../ui/PageContainer';

export function OrderImportPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('imports.pageTitle')} subtitle={t('imports.subtitle')} testId="order-import-page">
      <OrderImport />
    </PageContainer>
  );
}
