import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES } from './orderStatus';
import { OrderTable } from './OrderTable';
import type { OrderFilters } from './types';
import { useOrders } from './useOrders';

const CHANNELS = ['direct', 'store', 'distributor', 'online'] as const;

/** All orders the user may see: search, status, channel and date filters, newest first. */
export function OrderList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<OrderFilters>({ limit: 20, offset: 0, sort: '-order_date' });
  const orders = useOrders(filters);
  const patch = (next: Partial<OrderFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));

  const handleRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    patch({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('orders.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(q) => patch({ q: q.trim() || undefined })}
            data-testid="orders-search"
          />
          <Select<string>
            allowClear
            placeholder={t('orders.filterStatus')}
            style={{ width: 130 }}
            value={filters.status}
            onChange={(status) => patch({ status })}
            options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
          />
          <Select<string>
            allowClear
            placeholder={t('orders.filterChannel')}
            style={{ width: 130 }}
            value={filters.channel}
            onChange={(channel) => patch({ channel })}
            options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('orders.from'), t('orders.to')]}
            onChange={(range) => handleRange(range)}
            style={{ width: 260 }}
            data-testid="orders-range"
          />
        </Flex>
        <Button icon={<ReloadOutlined />} onClick={() => void orders.refetch()} aria-label={t('common.refresh')} />
      </Flex>
      <OrderTable query={orders} filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} />
    </Card>
  );
}
