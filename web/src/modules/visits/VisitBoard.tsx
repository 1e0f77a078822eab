import { CalendarOutlined, PlusOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { ExportButton } from '../exports/ExportButton';
import { UserSelect } from '../users/UserSelect';
import type { Visit, VisitFilters } from './types';
import { useVisits, visitsQueryKey } from './useVisits';
import { VisitCalendar } from './VisitCalendar';
import { VisitCheckInModal } from './VisitCheckInModal';
import { VisitCreateModal } from './VisitCreateModal';
import { VisitDetailModal } from './VisitDetailModal';
import { VisitTable } from './VisitTable';

type View = 'calendar' | 'list';
const STATUSES = ['planned', 'done', 'cancelled'] as const;

/** Visits as a month calendar (default) or a list; plan, check in and cancel. */
export function VisitBoard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'calendar';
  const [q, setQ] = useState<string>();
  const [ownerId, setOwnerId] = useState<string>();
  const [listFilters, setListFilters] = useState<VisitFilters>({ limit: 20, offset: 0, sort: '-planned_at' });
  const [creating, setCreating] = useState(false);
  const [opened, setOpened] = useState<Visit | null>(null);
  const [checkingIn, setCheckingIn] = useState<Visit | null>(null);

  const isAdmin = me?.user.role === 'admin';
  const scope = me?.permissions.visit?.scope;
  const showOwner = isAdmin || (scope !== undefined && scope !== 'own' && scope !== 'none' && can(me, 'user', 'read'));
  const canCreate = isAdmin || can(me, 'visit', 'create');
  const canUpdate = isAdmin || can(me, 'visit', 'update');
  const common = { q, owner_id: ownerId };
  const listQuery: VisitFilters = { ...listFilters, ...common };
  const list = useVisits(listQuery, view === 'list');

  const startCheckIn = (visit: Visit) => {
    setOpened(null);
    setCheckingIn(visit);
  };

  return (
    <>
      <Card className="toolbar-card" styles={{ body: { padding: '12px 16px' } }}>
        <Flex justify="space-between" gap={12} wrap align="center">
          <Flex gap={12} wrap align="center">
            <Segmented<View>
              value={view}
              onChange={(next) => setParams(next === 'list' ? { view: 'list' } : {}, { replace: true })}
              options={[
                { value: 'calendar', icon: <CalendarOutlined />, label: <span data-testid="view-calendar">{t('visits.viewCalendar')}</span> },
                { value: 'list', icon: <UnorderedListOutlined />, label: <span data-testid="view-list">{t('visits.viewList')}</span> },
              ]}
            />
            <Input.Search
              allowClear
              placeholder={t('visits.searchPlaceholder')}
              style={{ width: 220 }}
              onSearch={(value) => {
                setQ(value.trim() || undefined);
                setListFilters((f) => ({ ...f, offset: 0 }));
              }}
              data-testid="visits-search"
            />
            {view === 'list' ? (
              <Select<string>
                allowClear
                placeholder={t('visits.filterStatus')}
                style={{ width: 120 }}
                value={listFilters.status}
                onChange={(status) => setListFilters((f) => ({ ...f, status, offset: 0 }))}
                options={STATUSES.map((s) => ({ value: s, label: t(`visits.statuses.${s}`) }))}
              />
            ) : null}
            {showOwner ? (
              <UserSelect
                allowClear
                placeholder={t('visits.filterOwner')}
                style={{ width: 180 }}
                value={ownerId}
                onChange={(value) => {
                  setOwnerId(value || undefined);
                  setListFilters((f) => ({ ...f, offset: 0 }));
                }}
              />
            ) : null}
          </Flex>
          <Flex gap={8}>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void queryClient.invalidateQueries({ queryKey: visitsQueryKey })}
              aria-label={t('common.refresh')}
            />
            {view === 'list' ? <ExportButton object="visit" filters={listQuery} /> : null}
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="visit-create">
                {t('visits.create')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Card>
      <Card style={{ marginTop: 16 }} styles={view === 'calendar' ? { body: { padding: '8px 16px 16px' } } : undefined}>
        {view === 'calendar' ? (
          <VisitCalendar filters={common} onOpen={setOpened} />
        ) : (
          <VisitTable
            query={list}
            filters={listFilters}
            onChange={(next) => setListFilters((f) => ({ ...f, ...next }))}
            editable={canUpdate}
            onOpen={setOpened}
            onCheckIn={startCheckIn}
          />
        )}
      </Card>
      <VisitCreateModal open={creating} onClose={() => setCreating(false)} />
      <VisitDetailModal visit={opened} editable={canUpdate} onCheckIn={startCheckIn} onClose={() => setOpened(null)} />
      <VisitCheckInModal visit={checkingIn} onClose={() => setCheckingIn(null)} />
    </>
  );
}
