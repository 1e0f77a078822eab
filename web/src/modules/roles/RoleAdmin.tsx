import { Alert, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../http/describeApiError';
import { isApiError } from '../http/ApiError';
import { BUILTIN_ROLES } from './builtinRoles';
import { RoleEditor } from './RoleEditor';
import { RoleList } from './RoleList';
import { useRoles } from './useRoles';

/** Built-in roles in their usual order, custom roles after them. */
function rank(name: string): number {
  const index = (BUILTIN_ROLES as readonly string[]).indexOf(name);
  return index < 0 ? BUILTIN_ROLES.length : index;
}

/** Roles on the left, the selected role's permissions on the right. */
export function RoleAdmin() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useRoles();
  const [selected, setSelected] = useState<string | undefined>();

  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error || !data) {
    return <Alert type="error" showIcon title={isApiError(error) ? describeApiError(error, t) : t('errors.unexpected')} />;
  }

  const roles = [...data.items].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  const current = selected ?? roles.find((r) => r.name !== 'admin')?.name ?? roles[0]?.name;
  const role = roles.find((r) => r.name === current);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={6} xl={5}>
        <RoleList roles={roles} selected={current} onSelect={setSelected} />
      </Col>
      <Col xs={24} lg={18} xl={19}>
        <RoleEditor role={role} catalog={data} />
      </Col>
    </Row>
  );
}
