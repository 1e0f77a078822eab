import { useTranslation } from 'react-i18next';
import { UserAdmin } from '../../modules/users/UserAdmin';
import { PageContainer } from '../../ui/PageContainer';

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('menu.users')} subtitle={t('users.subtitle')} testId="users-page">
      <UserAdmin />
    </PageContainer>
  );
}
