import { Checkbox, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../auth/types';

type PermissionMatrixProps = {
  objects: string[];
  actions: string[];
  scopes: string[];
  permissions: Record<string, Permission>;
  hiddenFields: Record<string, string[]>;
  readOnly: boolean;
  onPermissionsChange: (next: Record<string, Permission>) => void;
  onHiddenFieldsChange: (next: Record<string, string[]>) => void;
};

const emptyPermission: Permission = { actions: [], scope: 'none' };

/** Objects × actions checkboxes, a record scope per object and its hidden fields. */
export function PermissionMatrix(props: PermissionMatrixProps) {
  const { objects, actions, scopes, permissions, hiddenFields, readOnly } = props;
  const { t } = useTranslation();

  const setPermission = (object: string, next: Permission) =>
    props.onPermissionsChange({ ...permissions, [object]: next });

  const toggleAction = (object: string, action: string, checked: boolean) => {
    const current = permissions[object] ?? emptyPermission;
    const set = new Set(current.actions);
    if (checked) set.add(action);
    else set.delete(action);
    // Keep the server's action order so saved documents diff cleanly.
    const ordered = actions.filter((a) => set.has(a));
    const scope = checked && current.scope === 'none' ? 'own' : current.scope;
    setPermission(object, { actions: ordered, scope: ordered.length === 0 ? 'none' : scope });
  };

  const columns: ColumnsType<string> = [
    {
      title: t('rolesPage.object'),
      key: 'object',
      fixed: 'left',
      width: 150,
      render: (_, object) => (
        <div>
          <div>{t(`objects.${object}`, { defaultValue: object })}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {object}
          </Typography.Text>
        </div>
      ),
    },
    ...actions.map((action) => ({
      title: t(`actions.${action}`, { defaultValue: action }),
      key: action,
      align: 'center' as const,
      width: 60,
      render: (_: unknown, object: string) => (
        <Checkbox
          aria-label={`${object} ${action}`}
          data-testid={`perm-${object}-${action}`}
          checked={(permissions[object] ?? emptyPermission).actions.includes(action)}
          disabled={readOnly}
          onChange={(e) => toggleAction(object, action, e.target.checked)}
        />
      ),
    })),
    {
      title: t('rolesPage.scope'),
      key: 'scope',
      width: 130,
      render: (_, object) => {
        const current = permissions[object] ?? emptyPermission;
        return (
          <Select<string>
            size="small"
            style={{ width: 112 }}
            value={current.scope}
            disabled={readOnly}
            options={scopes.map((s) => ({ value: s, label: t(`scopes.${s}`, { defaultValue: s }) }))}
            onChange={(scope) => setPermission(object, { ...current, scope })}
          />
        );
      },
    },
    {
      title: t('rolesPage.hiddenFields'),
      key: 'hidden',
      width: 220,
      render: (_, object) => (
        <Select<string[]>
          mode="tags"
          size="small"
          style={{ width: '100%', minWidth: 180 }}
          placeholder={t('rolesPage.hiddenFieldsPlaceholder')}
          value={hiddenFields[object] ?? []}
          disabled={readOnly}
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', ' ']}
          onChange={(fields) => props.onHiddenFieldsChange({ ...hiddenFields, [object]: fields })}
        />
      ),
    },
  ];

  return (
    <Table<string>
      size="small"
      rowKey={(object) => object}
      columns={columns}
      dataSource={objects}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="permission-matrix"
      bordered
    />
  );
}
