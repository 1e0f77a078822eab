import { useTranslation } from 'react-i18next';
import { OpportunityBoard } from '../modules/opportunities/OpportunityBoard';
import { PageContainer } from '../ui/PageContainer';

export function OpportunitiesPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.opportunities')} subtitle={t('opportunities.subtitle')} testId="opportunities-page">
      <OpportunityBoard />
    </PageContainer>
  );
}
