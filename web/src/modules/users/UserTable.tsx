import { Alert, App, Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { User, UserFilters } from './types';
import { UserStatusTags } from './UserStatusTags';
import type { useUsers } from './useUsers';
import { useUserMutations } from './useUserMutations';

type UserTableProps = {
  query: ReturnType<typeof useUsers>;
  filters: UserFilters;
  roleLabel: (name: string) => string;
  onPage: (offset: number, limit: number) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
};

/** Server-paged user table with row actions. */
export function UserTable({ query, filters, roleLabel, onPage, onEdit, onResetPassword }: UserTableProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const formatDateTime = useFormatDateTime();
  const { update, deactivate } = useUserMutations();

  const handleDeactivate = (user: User) =>
    deactivate.mutate(user.id, {
      onSuccess: () => message.success(t('users.deactivated', { name: user.username })),
      onError: (error) => handleError(error),
    });

  const handleActivate = (user: User) =>
    update.mutate(
      { id: user.id, input: { version: user.version, active: true } },
      {
        onSuccess: () => message.success(t('users.activated', { name: user.username })),
        onError: (error) => handleError(error, { conflictMessage: t('errors.conflict') }),
      },
    );

  const columns: ColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (_, user) => (
        <Space size={4} className="nowrap">
          <Typography.Text strong>{user.username}</Typography.Text>
          <UserStatusTags user={user} />
        </Space>
      ),
    },
    { title: t('users.displayName'), dataIndex: 'display_name' },
    {
      title: t('users.role'),
      dataIndex: 'role',
      render: (role: string) => <Tag color={role === 'admin' ? 'geekblue' : 'default'}>{roleLabel(role)}</Tag>,
    },
    {
      title: t('users.zone'),
      dataIndex: 'zone_name',
      render: (name: string | null) => name || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('users.email'),
      dataIndex: 'email',
      width: 200,
      ellipsis: true,
      render: (email: string | null) => email || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updated_at',
      width: 170,
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: i18n.language === 'en-US' ? 250 : 190,
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(user)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => onResetPassword(user)}>
            {t('users.resetPassword')}
          </Button>
          {user.active ? (
            <Popconfirm
              title={t('users.deactivateConfirm', { name: user.username })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => handleDeactivate(user)}
            >
              <Button type="link" size="small" danger>
                {t('users.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" onClick={() => handleActivate(user)}>
              {t('users.activate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  if (query.error && !query.data) {
    const text = isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected');
    return <Alert type="error" showIcon title={text} />;
  }

  return (
    <Table<User>
      data-testid="users-table"
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.empty')} /> }}
      pagination={{
        current: Math.floor(filters.offset / filters.limit) + 1,
        pageSize: filters.limit,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { count: total }),
        onChange: (page, pageSize) => onPage((page - 1) * pageSize, pageSize),
      }}
    />
  );
}
