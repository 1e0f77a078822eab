import { useTranslation } from 'react-i18next';
import { RoleAdmin } from '../../modules/roles/RoleAdmin';
import { PageContainer } from '../../ui/PageContainer';

export function RolesPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.roles')} subtitle={t('rolesPage.subtitle')} testId="roles-page">
      <RoleAdmin />
    </PageContainer>
  );
}
