import { DownOutlined, KeyOutlined, LogoutOutlined, SettingOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../modules/auth/useLogout';
import { useMe } from '../../modules/auth/useMe';
import { useRoleLabel } from '../../modules/roles/useRoleLabel';
import { ChangePasswordModal } from './ChangePasswordModal';

/** Avatar, name and role; opens my settings, change password and sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const roleLabel = useRoleLabel();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  if (!me) return null;
  const { user } = me;
  const name = user.display_name || user.username;

  const handleLogout = () =>
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items: [
            {
              key: 'settings',
              icon: <SettingOutlined />,
              label: <span data-testid="menu-my-settings">{t('menu.profile')}</span>,
            },
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: <span data-testid="menu-change-password">{t('password.change')}</span>,
            },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="menu-logout">{t('auth.logout')}</span> },
          ],
          onClick: ({ key }) => {
            if (key === 'logout') handleLogout();
            else if (key === 'settings') void navigate('/me');
            else setChanging(true);
          },
        }}
      >
        <Flex align="center" gap={8} className="user-menu" data-testid="user-menu" role="button" tabIndex={0}>
          <Avatar size={30} style={{ background: '#1f6feb' }}>
            {name.slice(0, 1).toUpperCase()}
          </Avatar>
          <Flex vertical className="user-menu__text">
            <Typography.Text strong className="user-menu__name">
              {name}
            </Typography.Text>
            <Typography.Text type="secondary" className="user-menu__role">
              {roleLabel(user.role)}
            </Typography.Text>
          </Flex>
          <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />
        </Flex>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
