import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { ExportButton } from '../exports/ExportButton';
import { QUOTE_STATUSES } from './quoteStatus';
import { QuoteTable } from './QuoteTable';
import type { QuoteFilters } from './types';
import { useQuotes } from './useQuotes';

/** All quotes the user may see: search, status filter, newest first. */
export function QuoteList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<QuoteFilters>({ limit: 20, offset: 0, sort: '-created_at' });
  const quotes = useQuotes(filters);
  const patch = (next: Partial<QuoteFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));
  const canCreate = me?.user.role === 'admin' || can(me, 'quote', 'create');

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('quotes.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(q) => patch({ q: q.trim() || undefined })}
            data-testid="quotes-search"
          />
          <Select<string>
            allowClear
            placeholder={t('quotes.filterStatus')}
            style={{ width: 140 }}
            value={filters.status}
            onChange={(status) => patch({ status })}
            options={QUOTE_STATUSES.map((s) => ({ value: s, label: t(`quotes.statuses.${s}`) }))}
            data-testid="quotes-status-filter"
          />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void quotes.refetch()} aria-label={t('common.refresh')} />
          <ExportButton object="quote" filters={filters} />
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/quotes/new')} data-testid="quote-create">
              {t('quotes.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <QuoteTable query={quotes} filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} />
    </Card>
  );
}
