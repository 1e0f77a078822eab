import { useTranslation } from 'react-i18next';
import { QuoteList } from '../modules/quotes/QuoteList';
import { PageContainer } from '../ui/PageContainer';

export function QuotesPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.quotes')} subtitle={t('quotes.subtitle')} testId="quotes-page">
      <QuoteList />
    </PageContainer>
  );
}
