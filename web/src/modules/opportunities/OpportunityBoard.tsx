import { AppstoreOutlined, PlusOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Input, Segmented, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { ExportButton } from '../exports/ExportButton';
import { SavedViewPicker } from '../savedViews/SavedViewPicker';
import type { ViewQuery } from '../savedViews/types';
import { useDefaultView } from '../savedViews/useDefaultView';
import { viewQuery } from '../savedViews/viewQuery';
import { UserSelect } from '../users/UserSelect';
import { groupByStage } from './groupByStage';
import { OpportunityCreateDrawer } from './OpportunityCreateDrawer';
import { OpportunityKanban } from './OpportunityKanban';
import { OpportunityTable } from './OpportunityTable';
import { opportunityViewFields } from './opportunityViewFields';
import type { OpportunityFilters } from './types';
import { useOpportunities } from './useOpportunities';
import { useOpportunityStages } from './useOpportunityStages';

type View = 'kanban' | 'list';
/** The most the API returns in one page: the board shows up to this many cards. */
const BOARD_LIMIT = 200;
const DEFAULT_SORT = 'expected_close_date';

/** The pipeline: a kanban by stage (default) or a sortable list, with search, owner and "open only". */
export function OpportunityBoard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'kanban';
  const [q, setQ] = useState<string>();
  const [search, setSearch] = useState('');
  const [ownerId, setOwnerId] = useState<string>();
  const [openOnly, setOpenOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const [listPage, setListPage] = useState<Pick<OpportunityFilters, 'limit' | 'offset' | 'sort'>>({
    limit: 20,
    offset: 0,
    sort: DEFAULT_SORT,
  });

  const isAdmin = me?.user.role === 'admin';
  const scope = me?.permissions.opportunity?.scope;
  const showOwner = isAdmin || (scope !== undefined && scope !== 'own' && scope !== 'none' && can(me, 'user', 'read'));
  const canCreate = isAdmin || can(me, 'opportunity', 'create');
  const canUpdate = isAdmin || can(me, 'opportunity', 'update');

  const common = { q, owner_id: ownerId, open: openOnly || undefined };
  const boardFilters: OpportunityFilters = { ...common, limit: BOARD_LIMIT, offset: 0, sort: 'expected_close_date' };
  const listFilters: OpportunityFilters = { ...common, ...listPage };
  const applyView = (query: ViewQuery | null) => {
    const next = viewQuery.toFilters(query ?? { filters: {} }, listFilters, opportunityViewFields, DEFAULT_SORT);
    setQ(next.q);
    setSearch(next.q ?? '');
    setOwnerId(next.owner_id);
    setOpenOnly(!!next.open);
    setListPage({ limit: next.limit, offset: 0, sort: next.sort });
  };
  const viewsReady = useDefaultView('opportunity', applyView);
  const stages = useOpportunityStages();
  const board = useOpportunities(boardFilters, view === 'kanban' && viewsReady);
  const list = useOpportunities(listFilters, view === 'list' && viewsReady);
  const query = view === 'kanban' ? board : list;

  const columns = useMemo(() => groupByStage(stages.data ?? [], board.data?.items ?? []), [stages.data, board.data]);
  const hiddenStages = useMemo(
    () => new Set(openOnly ? (stages.data ?? []).filter((s) => s.outcome !== 'open').map((s) => s.key) : []),
    [openOnly, stages.data],
  );
  const resetPage = () => setListPage((p) => ({ ...p, offset: 0 }));
  const error = stages.error ?? query.error;

  return (
    <>
      <Card className="toolbar-card" styles={{ body: { padding: '12px 16px' } }}>
        <Flex justify="space-between" gap={12} wrap align="center">
          <Flex gap={12} wrap align="center">
            <Segmented<View>
              value={view}
              onChange={(next) => setParams(next === 'list' ? { view: 'list' } : {}, { replace: true })}
              options={[
                { value: 'kanban', icon: <AppstoreOutlined />, label: <span data-testid="view-kanban">{t('opportunities.viewKanban')}</span> },
                { value: 'list', icon: <UnorderedListOutlined />, label: <span data-testid="view-list">{t('opportunities.viewList')}</span> },
              ]}
            />
            <SavedViewPicker
              object="opportunity"
              current={viewQuery.fromFilters(listFilters, opportunityViewFields)}
              onApply={applyView}
            />
            <Input.Search
              allowClear
              placeholder={t('opportunities.searchPlaceholder')}
              style={{ width: 220 }}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => {
                setQ(value.trim() || undefined);
                resetPage();
              }}
              data-testid="opportunities-search"
            />
            {showOwner ? (
              <UserSelect
                allowClear
                placeholder={t('opportunities.filterOwner')}
                style={{ width: 180 }}
                value={ownerId}
                onChange={(value) => {
                  setOwnerId(value || undefined);
                  resetPage();
                }}
              />
            ) : null}
            <Checkbox
              checked={openOnly}
              onChange={(e) => {
                setOpenOnly(e.target.checked);
                resetPage();
              }}
              data-testid="opportunities-open-only"
            >
              {t('opportunities.openOnly')}
            </Checkbox>
          </Flex>
          <Flex gap={8}>
            <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} aria-label={t('common.refresh')} />
            {view === 'list' ? <ExportButton object="opportunity" filters={listFilters} /> : null}
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="opportunity-create">
                {t('opportunities.create')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Card>

      {error && !query.data ? (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          title={isApiError(error) ? describeApiError(error, t) : t('errors.unexpected')}
        />
      ) : view === 'kanban' ? (
        <div className="kanban-wrap">
          {board.data && board.data.total > board.data.items.length ? (
            <Alert
              type="info"
              showIcon
              className="kanban-wrap__note"
              title={t('opportunities.boardTruncated', { shown: board.data.items.length, total: board.data.total })}
            />
          ) : null}
          {!stages.data || !board.data ? (
            <Card>
              <Skeleton active paragraph={{ rows: 8 }} />
            </Card>
          ) : (
            <OpportunityKanban
              columns={columns}
              filters={boardFilters}
              hiddenStages={hiddenStages}
              draggable={canUpdate}
              onOpen={(o) => void navigate(`/opportunities/${o.id}`)}
            />
          )}
        </div>
      ) : (
        <Card style={{ marginTop: 16 }}>
          <OpportunityTable query={list} filters={listFilters} onChange={(next) => setListPage((p) => ({ ...p, ...next }))} />
        </Card>
      )}
      <OpportunityCreateDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
