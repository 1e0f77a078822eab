import { InfoCircleOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { PriceListDrawer } from './PriceListDrawer';
import { PriceListTable } from './PriceListTable';
import { usePriceLists } from './usePriceLists';

/** The drawer stays on its record while it closes. */
type DrawerState = { open: boolean; id: string | null };

/** Price lists: the table, a search, and the drawer to create, edit or view one. */
export function PriceListAdmin() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const query = usePriceLists();
  const [search, setSearch] = useState('');
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, id: null });
  const isAdmin = me?.user.role === 'admin';
  const canCreate = isAdmin || can(me, 'price_list', 'create');
  const canUpdate = isAdmin || can(me, 'price_list', 'update');

  const lists = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const all = query.data?.items ?? [];
    return needle ? all.filter((l) => l.name.toLowerCase().includes(needle)) : all;
  }, [query.data, search]);

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('priceLists.searchPlaceholder')}
          style={{ width: 260 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="price-lists-search"
        />
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} aria-label={t('common.refresh')} />
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, id: null })} data-testid="price-list-create">
              {t('priceLists.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" className="price-lists__rule">
        <InfoCircleOutlined /> {t('priceLists.rule')}
      </Typography.Paragraph>
      {query.error && !query.data ? (
        <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />
      ) : (
        <PriceListTable lists={lists} loading={query.isFetching || query.isPending} onOpen={(list) => setDrawer({ open: true, id: list.id })} />
      )}
      <PriceListDrawer
        open={drawer.open}
        id={drawer.id}
        editable={drawer.id ? canUpdate : canCreate}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
      />
    </Card>
  );
}
