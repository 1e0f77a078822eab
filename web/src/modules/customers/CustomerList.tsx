import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import type { ZoneKind } from '../zones/types';
import { ZoneTreeSelect } from '../zones/ZoneTreeSelect';
import { CustomerCreateDrawer } from './CustomerCreateDrawer';
import { CustomerTable } from './CustomerTable';
import { CUSTOMER_VALUES } from './customerValues';
import type { CustomerFilters } from './types';
import { useCustomerLabels } from './useCustomerLabels';
import { useCustomers } from './useCustomers';

const ZONE_ONLY: ZoneKind[] = ['zone'];

/** The customer list: search, filters, the paged table and the create drawer. */
export function CustomerList() {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<CustomerFilters>({ limit: 20, offset: 0, sort: '-revenue_12m' });
  const [creating, setCreating] = useState(false);
  const customers = useCustomers(filters);
  const patch = (next: Partial<CustomerFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));
  const canCreate = me?.user.role === 'admin' || can(me, 'customer', 'create');

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('customers.searchPlaceholder')}
            style={{ width: 220 }}
            onSearch={(q) => patch({ q: q.trim() || undefined })}
            data-testid="customers-search"
          />
          <Select<string>
            allowClear
            placeholder={t('customers.filterStatus')}
            style={{ width: 112 }}
            value={filters.status}
            onChange={(status) => patch({ status })}
            options={CUSTOMER_VALUES.statuses.map((s) => ({ value: s, label: labels.status(s) }))}
          />
          <Select<string>
            allowClear
            placeholder={t('customers.filterGrade')}
            style={{ width: 104 }}
            value={filters.grade}
            onChange={(grade) => patch({ grade })}
            options={CUSTOMER_VALUES.grades.map((g) => ({ value: g, label: t('customers.gradeN', { grade: g }) }))}
          />
          <Select<string>
            allowClear
            placeholder={t('customers.filterSegment')}
            style={{ width: 124 }}
            value={filters.segment}
            onChange={(segment) => patch({ segment })}
            options={CUSTOMER_VALUES.segments.map((s) => ({ value: s, label: labels.segment(s) }))}
          />
          <Select<string>
            allowClear
            placeholder={t('customers.filterChannel')}
            style={{ width: 116 }}
            value={filters.channel}
            onChange={(channel) => patch({ channel })}
            options={CUSTOMER_VALUES.channels.map((c) => ({ value: c, label: labels.channel(c) }))}
          />
          <ZoneTreeSelect
            // The API filters on one zone exactly (no subtree), so only zones can be picked.
            selectableKinds={ZONE_ONLY}
            placeholder={t('customers.filterZone')}
            style={{ width: 150 }}
            value={filters.zone_id}
            onChange={(zone_id) => patch({ zone_id: zone_id || undefined })}
          />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void customers.refetch()} aria-label={t('common.refresh')} />
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-create">
              {t('customers.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <CustomerTable query={customers} filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} />
      <CustomerCreateDrawer open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
