import { useTranslation } from 'react-i18next';
import { ProductCatalog } from '../modules/products/ProductCatalog';
import { PageContainer } from '../ui/PageContainer';

export function ProductsPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.products')} subtitle={t('products.subtitle')} testId="products-page">
      <ProductCatalog />
    </PageContainer>
  );
}
