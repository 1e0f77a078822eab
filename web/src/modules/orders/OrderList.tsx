import { ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { ExportButton } from '../exports/ExportButton';
import { SavedViewPicker } from '../savedViews/SavedViewPicker';
import type { ViewQuery } from '../savedViews/types';
import { useDefaultView } from '../savedViews/useDefaultView';
import { viewQuery } from '../savedViews/viewQuery';
import { orderViewFields } from './orderViewFields';
import { ORDER_STATUSES } from './orderStatus';
import { OrderTable } from './OrderTable';
import type { OrderFilters } from './types';
import { useOrderPages } from './useOrderPages';

const CHANNELS = ['direct', 'store', 'distributor', 'online'] as const;
const DEFAULT_SORT = '-order_date';

/** All orders the user may see: saved views, search, status, channel and date filters, export and import. */
export function OrderList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<OrderFilters>({ limit: 20, offset: 0, sort: DEFAULT_SORT });
  const [search, setSearch] = useState('');
  const applyView = (query: ViewQuery | null) => {
    const next = viewQuery.toFilters(query ?? { filters: {} }, filters, orderViewFields, DEFAULT_SORT);
    setFilters(next);
    setSearch(next.q ?? '');
  };
  const viewsReady = useDefaultView('order', applyView);
  const orders = useOrderPages(filters, viewsReady);
  const patch = (next: Partial<OrderFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));
  const canImport = me?.user.role === 'admin' || can(me, 'order', 'create');

  const handleRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    patch({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });
  const range: [Dayjs | null, Dayjs | null] | null =
    filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;

  return (
    <Card>
      {/* The filters wrap on their side; the actions stay at the top right. */}
      <Flex justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap style={{ flex: 1, minWidth: 0 }}>
          <SavedViewPicker object="order" current={viewQuery.fromFilters(filters, orderViewFields)} onApply={applyView} />
          <Input.Search
            allowClear
            placeholder={t('orders.searchPlaceholder')}
            style={{ width: 210 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(q) => patch({ q: q.trim() || undefined })}
            data-testid="orders-search"
          />
          <Select<string>
            allowClear
            placeholder={t('orders.filterStatus')}
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status) => patch({ status })}
            options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
          />
          <Select<string>
            allowClear
            placeholder={t('orders.filterChannel')}
            style={{ width: 120 }}
            value={filters.channel}
            onChange={(channel) => patch({ channel })}
            options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('orders.from'), t('orders.to')]}
            value={range}
            onChange={(next) => handleRange(next)}
            style={{ width: 240 }}
            data-testid="orders-range"
          />
        </Flex>
        <Flex gap={8} style={{ flexShrink: 0 }}>
          <Button icon={<ReloadOutlined />} onClick={() => void orders.refetch()} aria-label={t('common.refresh')} />
          <ExportButton object="order" filters={filters} />
          {canImport ? (
            <Button icon={<UploadOutlined />} onClick={() => void navigate('/orders/import')} data-testid="order-import">
              {t('imports.import')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <OrderTable query={orders} filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} />
    </Card>
  );
}
