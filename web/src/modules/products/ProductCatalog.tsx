import { ReloadOutlined, TagsOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Empty, Flex, Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { ExportButton } from '../exports/ExportButton';
import { sortOrderFor, sortParam } from '../../ui/sortParam';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { hasField } from '../../ui/hasField';
import type { Product, ProductFilters } from './types';
import { useProducts } from './useProducts';
import { useSeenValues } from '../../ui/useSeenValues';

/** The product catalog: search, product line and category filters; cost only for roles that see it. */
export function ProductCatalog() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const formatMoney = useFormatMoney();
  const [filters, setFilters] = useState<ProductFilters>({ limit: 20, offset: 0 });
  const [line, setLine] = useState('');
  const [category, setCategory] = useState('');
  const query = useProducts(filters);
  const rows = query.data?.items;
  const lines = useSeenValues(rows, 'product_line');
  const categories = useSeenValues(rows, 'category');
  const patch = (next: Partial<ProductFilters>) => setFilters((f) => ({ ...f, ...next, offset: 0 }));
  const showCost = hasField(rows ?? [], 'cost_price');
  const muted = <Typography.Text type="secondary">—</Typography.Text>;
  const money = (amount: number | null | undefined, p: Product) =>
    amount === null || amount === undefined ? muted : <span className="num">{formatMoney(amount, p.currency)}</span>;
  const sortable = (field: string) => ({ key: field, sorter: true, sortOrder: sortOrderFor(filters.sort, field) });

  const categoryLabel = (v: string | null) => (v ? t(`sales.categories.${v}`, { defaultValue: v }) : muted);
  const columns: ColumnsType<Product> = [
    { title: t('products.code'), dataIndex: 'code', width: 160, ...sortable('code'), render: (c: string) => <span className="num">{c}</span> },
    { title: t('products.name'), dataIndex: 'name', ellipsis: { showTitle: true }, ...sortable('name') },
    { title: t('products.productLine'), dataIndex: 'product_line', width: 130, ellipsis: true, ...sortable('product_line'), render: categoryLabel },
    { title: t('products.category'), dataIndex: 'category', width: 120, ...sortable('category'), render: categoryLabel },
    {
      title: t('products.subCategory'),
      dataIndex: 'sub_category',
      width: 120,
      ellipsis: true,
      render: (v: string | null) => (v ? t(`products.subCategories.${v}`, { defaultValue: v }) : muted),
    },
    { title: t('products.listPrice'), dataIndex: 'list_price', align: 'right', width: 120, ...sortable('list_price'), render: money },
    ...(showCost
      ? [{ title: t('products.costPrice'), dataIndex: 'cost_price', align: 'right' as const, width: 120, render: money }]
      : []),
    {
      title: t('products.active'),
      dataIndex: 'active',
      width: 110,
      render: (active: boolean) =>
        active ? (
          <Tag color="success" bordered={false}>
            {t('products.onSale')}
          </Tag>
        ) : (
          <Tag bordered={false}>{t('products.discontinued')}</Tag>
        ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('products.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(q) => patch({ q: q.trim() || undefined })}
            data-testid="products-search"
          />
          <AutoComplete
            allowClear
            placeholder={t('products.filterLine')}
            style={{ width: 170 }}
            value={line}
            options={lines.map((v) => ({ value: v }))}
            showSearch={{ filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
            onChange={(v: string) => {
              setLine(v ?? '');
              if (!v) patch({ product_line: undefined });
            }}
            onSelect={(v: string) => patch({ product_line: v })}
            onBlur={() => patch({ product_line: line.trim() || undefined })}
          />
          <AutoComplete
            allowClear
            placeholder={t('products.filterCategory')}
            style={{ width: 170 }}
            value={category}
            options={categories.map((v) => ({ value: v, label: t(`sales.categories.${v}`, { defaultValue: v }) }))}
            onChange={(v: string) => {
              setCategory(v ?? '');
              if (!v) patch({ category: undefined });
            }}
            onSelect={(v: string) => patch({ category: v })}
            onBlur={() => patch({ category: category.trim() || undefined })}
          />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} aria-label={t('common.refresh')} />
          <ExportButton object="product" filters={filters} />
          {me?.user.role === 'admin' || can(me, 'price_list', 'read') ? (
            <Button icon={<TagsOutlined />} onClick={() => void navigate('/products/price-lists')} data-testid="price-lists-link">
              {t('menu.priceLists')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {query.error && !query.data ? (
        <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />
      ) : (
        <Table<Product>
          data-testid="products-table"
          rowKey="id"
          columns={columns}
          dataSource={rows ?? []}
          loading={query.isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('products.empty')} /> }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') patch({ sort: sortParam(sorter) });
            else if (extra.action === 'paginate') {
              const limit = pagination.pageSize ?? filters.limit;
              setFilters((f) => ({ ...f, limit, offset: ((pagination.current ?? 1) - 1) * limit }));
            }
          }}
          pagination={{
            current: Math.floor(filters.offset / filters.limit) + 1,
            pageSize: filters.limit,
            total: query.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { count: total }),
          }}
        />
      )}
    </Card>
  );
}
