import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../roles/useRoleLabel';
import { useMe } from './useMe';

/** The signed-in user's own account (read only here) and the way to a new password. */
export function AccountCard({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const roleLabel = useRoleLabel();
  if (!me) return null;
  const { user } = me;
  const none = '—';
  return (
    <Card
      title={t('profile.account')}
      extra={
        <Button icon={<KeyOutlined />} onClick={onChangePassword} data-testid="profile-change-password">
          {t('password.change')}
        </Button>
      }
      data-testid="profile-account"
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('users.displayName'), children: user.display_name },
          { key: 'username', label: t('users.username'), children: user.username },
          { key: 'role', label: t('users.role'), children: roleLabel(user.role) },
          { key: 'zone', label: t('users.zone'), children: user.zone_name ?? t('home.noZone') },
          { key: 'email', label: t('users.email'), children: user.email || none },
          { key: 'phone', label: t('users.phone'), children: user.phone || none },
        ]}
      />
    </Card>
  );
}
