import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiffTable } from '../../ui/DiffTable';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useRoles } from '../roles/useRoles';
import { UserSelect } from '../users/UserSelect';
import { AuditActionTag } from './AuditActionTag';
import type { AuditEntry, AuditFilters } from './types';
import { useAuditLog } from './useAuditLog';

/** Filterable audit log; a row expands into a before/after comparison. */
export function AuditLog() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [filters, setFilters] = useState<AuditFilters>({ limit: 20, offset: 0 });
  const query = useAuditLog(filters);
  const objects = useRoles().data?.objects ?? [];
  const patch = (next: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));
  const objectLabel = (object: string) => t(`objects.${object}`, { defaultValue: object });

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 180, render: (iso: string) => formatDateTime(iso) },
    {
      title: t('audit.actor'),
      dataIndex: 'actor_name',
      render: (name: string | null) => name || <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    { title: t('audit.action'), dataIndex: 'action', width: 120, render: (action: string) => <AuditActionTag action={action} /> },
    { title: t('audit.object'), dataIndex: 'object', render: objectLabel },
    {
      title: t('audit.objectId'),
      dataIndex: 'object_id',
      render: (id: string | null) => (id ? <Typography.Text code>{id}</Typography.Text> : '—'),
    },
  ];

  if (query.error && !query.data) {
    return (
      <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />
    );
  }

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.filterObject')}
            style={{ width: 180 }}
            value={filters.object}
            onChange={(object) => patch({ object })}
            options={objects.map((o) => ({ value: o, label: objectLabel(o) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('audit.filterObjectId')}
            style={{ width: 220 }}
            onSearch={(value) => patch({ object_id: value.trim() || undefined })}
          />
          <UserSelect
            allowClear
            placeholder={t('audit.filterActor')}
            style={{ width: 220 }}
            value={filters.actor_id}
            onChange={(actor_id) => patch({ actor_id })}
          />
        </Flex>
        <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} aria-label={t('common.refresh')} />
      </Flex>
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} /> }}
        expandable={{
          rowExpandable: (entry) => entry.before !== null || entry.after !== null,
          expandedRowRender: (entry) => (
            <div className="audit-diff">
              <DiffTable
                before={entry.before}
                after={entry.after}
                labels={{ field: t('audit.field'), before: t('audit.before'), after: t('audit.after'), empty: t('audit.noChanges') }}
              />
              {entry.request_id ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audit.requestId')}: {entry.request_id}
                </Typography.Text>
              ) : null}
            </div>
          ),
        }}
        pagination={{
          current: Math.floor(filters.offset / filters.limit) + 1,
          pageSize: filters.limit,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, offset: (page - 1) * pageSize, limit: pageSize })),
        }}
      />
    </Card>
  );
}
