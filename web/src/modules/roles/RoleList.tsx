import { Card, Menu, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from './types';
import { useRoleLabel } from './useRoleLabel';

type RoleListProps = { roles: Role[]; selected: string | undefined; onSelect: (name: string) => void };

/** The roles as a selectable list with their localised names. */
export function RoleList({ roles, selected, onSelect }: RoleListProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel(roles);
  return (
    <Card title={t('rolesPage.roles')} styles={{ body: { padding: 8 } }} data-testid="role-list">
      <Menu
        mode="inline"
        style={{ borderInlineEnd: 'none' }}
        selectedKeys={selected ? [selected] : []}
        onClick={({ key }) => onSelect(key)}
        items={roles.map((role) => ({
          key: role.name,
          label: (
            <span className="role-list__item" data-testid={`role-item-${role.name}`}>
              <span>{roleLabel(role.name)}</span>
              {role.builtin ? null : <Tag color="blue">{t('rolesPage.custom')}</Tag>}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
