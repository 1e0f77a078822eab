import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { ExportButton } from '../exports/ExportButton';
import { SavedViewPicker } from '../savedViews/SavedViewPicker';
import type { ViewQuery } from '../savedViews/types';
import { useDefaultView } from '../savedViews/useDefaultView';
import { viewQuery } from '../savedViews/viewQuery';
import type { ZoneKind } from '../zones/types';
import { ZoneTreeSelect } from '../zones/ZoneTreeSelect';
import { CustomerCreateDrawer } from './CustomerCreateDrawer';
import { CustomerTable } from './CustomerTable';
import { CUSTOMER_VALUES } from './customerValues';
import { customerViewFields } from './customerViewFields';
import type { CustomerFilters } from './types';
import { useCustomerLabels } from './useCustomerLabels';
import { useCustomers } from './useCustomers';

const ZONE_ONLY: ZoneKind[] = ['zone'];
const DEFAULT_SORT = '-revenue_12m';

/** The customer list: saved views, search, filters, the paged table, export and the create drawer. */
export function CustomerList() {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<CustomerFilters>({ limit: 20, offset: 0, sort: DEFAULT_SORT });
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const applyView = (query: ViewQuery | null) => {
    const next = viewQuery.toFilters(query ?? { filters: {} }, filters, customerViewFields, DEFAULT_SORT);
    setFilters(next);
    setSearch(next.q ?? '');
  };
  const viewsReady = useDefaultView('customer', applyView);
  const customers = useCustomers(filters, viewsReady);
  const patch = (next: Partial<CustomerFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));
  const canCreate = me?.user.role === 'admin' || can(me, 'customer', 'create');

  return (
    <Card>
      {/* The filters wrap on their side; the actions stay at the top right. */}
      <Flex justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap style={{ flex: 1, minWidth: 0 }}>
          <SavedViewPicker object="customer" current={viewQuery.fromFilters(filters, customerViewFields)} onApply={applyView} />
          <Input.Search
            allowClear
            placeholder={t('customers.searchPlaceholder')}
            style={{ width: 220 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
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
            data-testid="customers-grade-filter"
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
        <Flex gap={8} style={{ flexShrink: 0 }}>
          <Button icon={<ReloadOutlined />} onClick={() => void customers.refetch()} aria-label={t('common.refresh')} />
          <ExportButton object="customer" filters={filters} />
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
