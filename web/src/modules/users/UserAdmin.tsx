import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../roles/useRoleLabel';
import { useRoles } from '../roles/useRoles';
import { ResetPasswordModal } from './ResetPasswordModal';
import type { User, UserFilters } from './types';
import { UserFormDrawer } from './UserFormDrawer';
import { UserTable } from './UserTable';
import { useUsers } from './useUsers';

type ActiveFilter = 'all' | 'active' | 'inactive';

/** The user administration screen: filters, the paged table and its dialogs. */
export function UserAdmin() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UserFilters>({ limit: 20, offset: 0 });
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>('all');
  const [drawer, setDrawer] = useState<{ open: boolean; user: User | null }>({ open: false, user: null });
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers(filters);
  const roles = useRoles();
  const roleLabel = useRoleLabel(roles.data?.items);

  const patchFilters = (patch: Partial<UserFilters>) => setFilters((f) => ({ ...f, ...patch, offset: 0 }));
  const roleNames = roles.data?.items.map((r) => r.name) ?? [];

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            style={{ width: 260 }}
            onSearch={(q) => patchFilters({ q: q.trim() || undefined })}
            data-testid="users-search"
          />
          <Select<string>
            allowClear
            placeholder={t('users.filterRole')}
            style={{ width: 170 }}
            value={filters.role}
            onChange={(role) => patchFilters({ role })}
            options={roleNames.map((name) => ({ value: name, label: roleLabel(name) }))}
          />
          <Select<ActiveFilter>
            style={{ width: 130 }}
            value={activeFilter}
            onChange={(value) => {
              setActiveFilter(value);
              patchFilters({ active: value === 'all' ? undefined : value === 'active' });
            }}
            options={[
              { value: 'all', label: t('users.statusAll') },
              { value: 'active', label: t('users.statusActive') },
              { value: 'inactive', label: t('users.statusInactive') },
            ]}
          />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void users.refetch()} aria-label={t('common.refresh')} />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ open: true, user: null })}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        </Flex>
      </Flex>
      <UserTable
        query={users}
        filters={filters}
        roleLabel={roleLabel}
        onPage={(offset, limit) => setFilters((f) => ({ ...f, offset, limit }))}
        onEdit={(user) => setDrawer({ open: true, user })}
        onResetPassword={setResetting}
      />
      <UserFormDrawer open={drawer.open} user={drawer.user} onClose={() => setDrawer({ open: false, user: null })} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
