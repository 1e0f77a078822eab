import { LockOutlined, StopOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from './types';

/** "Locked" / "Inactive" markers; nothing for a normal active account. */
export function UserStatusTags({ user }: { user: Pick<User, 'active' | 'locked'> }) {
  const { t } = useTranslation();
  return (
    <>
      {user.active ? null : (
        <Tag icon={<StopOutlined />} color="default" data-testid="tag-inactive">
          {t('users.inactive')}
        </Tag>
      )}
      {user.locked ? (
        <Tag icon={<LockOutlined />} color="error" data-testid="tag-locked">
          {t('users.locked')}
        </Tag>
      ) : null}
    </>
  );
}
