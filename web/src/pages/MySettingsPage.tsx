import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '../app/layout/ChangePasswordModal';
import { AccountCard } from '../modules/auth/AccountCard';
import { NotificationPreferences } from '../modules/notifications/NotificationPreferences';
import { PageContainer } from '../ui/PageContainer';

/** `/me`: the user's own settings — the account, a new password and which notifications arrive. */
export function MySettingsPage() {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  return (
    <PageContainer title={t('menu.profile')} subtitle={t('profile.subtitle')} testId="profile-page">
      <Flex vertical gap={16}>
        <AccountCard onChangePassword={() => setChanging(true)} />
        <NotificationPreferences />
      </Flex>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </PageContainer>
  );
}
