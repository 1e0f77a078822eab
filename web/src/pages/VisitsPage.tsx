import { useTranslation } from 'react-i18next';
import { VisitBoard } from '../modules/visits/VisitBoard';
import { PageContainer } from '../ui/PageContainer';

export function VisitsPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.visits')} subtitle={t('visits.subtitle')} testId="visits-page">
      <VisitBoard />
    </PageContainer>
  );
}
