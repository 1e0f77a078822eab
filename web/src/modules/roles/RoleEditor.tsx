import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../auth/types';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { LOCKED_ROLE } from './builtinRoles';
import { PermissionMatrix } from './PermissionMatrix';
import type { Role, RoleCatalog } from './types';
import { useRoleLabel } from './useRoleLabel';
import { useSaveRole } from './useSaveRole';

type RoleEditorProps = { role: Role | undefined; catalog: RoleCatalog };

type Draft = { permissions: Record<string, Permission>; hidden_fields: Record<string, string[]> };

function draftOf(role: Role): Draft {
  return { permissions: role.permissions ?? {}, hidden_fields: role.hidden_fields ?? {} };
}

/** Edits one role's permission matrix and hidden fields; saves with its version. */
export function RoleEditor({ role, catalog }: RoleEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const roleLabel = useRoleLabel(catalog.items);
  const save = useSaveRole();
  const [draft, setDraft] = useState<Draft | null>(role ? draftOf(role) : null);

  useEffect(() => {
    setDraft(role ? draftOf(role) : null);
  }, [role]);

  if (!role || !draft) {
    return (
      <Card>
        <Empty description={t('rolesPage.pickRole')} />
      </Card>
    );
  }

  const readOnly = role.name === LOCKED_ROLE;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(role));
  const objects = [...new Set([...catalog.objects, ...Object.keys(draft.permissions)])];

  const handleSave = () => {
    save.mutate(
      { name: role.name, input: { version: role.version, ...draft } },
      {
        onSuccess: () => message.success(t('rolesPage.saved')),
        onError: (error) => handleError(error, { conflictMessage: t('errors.conflict') }),
      },
    );
  };

  return (
    <Card
      data-testid="role-editor"
      title={
        <Space>
          <span>{roleLabel(role.name)}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {role.name}
          </Typography.Text>
          {role.builtin ? <Tag>{t('rolesPage.builtin')}</Tag> : null}
        </Space>
      }
      extra={
        <Space>
          <Button disabled={readOnly || !dirty} onClick={() => setDraft(draftOf(role))}>
            {t('common.reset')}
          </Button>
          <Button
            type="primary"
            data-testid="role-save"
            disabled={readOnly || !dirty}
            loading={save.isPending}
            onClick={handleSave}
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {readOnly ? (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 16 }}
          title={t('rolesPage.adminReadOnly')}
        />
      ) : null}
      <PermissionMatrix
        objects={objects}
        actions={catalog.actions}
        scopes={catalog.scopes}
        permissions={draft.permissions}
        hiddenFields={draft.hidden_fields}
        readOnly={readOnly}
        onPermissionsChange={(permissions) => setDraft({ ...draft, permissions })}
        onHiddenFieldsChange={(hidden_fields) => setDraft({ ...draft, hidden_fields })}
      />
    </Card>
  );
}
