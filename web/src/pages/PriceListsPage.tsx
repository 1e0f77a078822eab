import { useTranslation } from 'react-i18next';
import { PriceListAdmin } from '../modules/priceLists/PriceListAdmin';
import { PageContainer } from '../ui/PageContainer';

export function PriceListsPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.priceLists')} subtitle={t('priceLists.subtitle')} testId="price-lists-page">
      <PriceListAdmin />
    </PageContainer>
  );
}
