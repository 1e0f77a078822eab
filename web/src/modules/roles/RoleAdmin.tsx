import { Alert, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../http/describeApiError';
import { isApiError } from '../http/ApiError';
import { RoleEditor } from './RoleEditor';
import { RoleList } from './RoleList';
import { useRoles } from './useRoles';

/** Roles on the left, the selected role's permissions on the right. */
export function RoleAdmin() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useRoles();
  const [selected, setSelected] = useState<string | undefined>();

  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error || !data) {
    return <Alert type="error" showIcon title={isApiError(error) ? describeApiError(error, t) : t('errors.unexpected')} />;
  }

  const current = selected ?? data.items.find((r) => r.name !== 'admin')?.name ?? data.items[0]?.name;
  const role = data.items.find((r) => r.name === current);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={6}>
        <RoleList roles={data.items} selected={current} onSelect={setSelected} />
      </Col>
      <Col xs={24} lg={18}>
        <RoleEditor role={role} catalog={data} />
      </Col>
    </Row>
  );
}
