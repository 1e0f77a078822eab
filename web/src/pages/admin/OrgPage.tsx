import { useTranslation } from 'react-i18next';
import { OrgAdmin } from '../../modules/zones/OrgAdmin';
import { PageContainer } from '../../ui/PageContainer';

export function OrgPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.org')} subtitle={t('org.subtitle')} testId="org-page">
      <OrgAdmin />
    </PageContainer>
  );
}
