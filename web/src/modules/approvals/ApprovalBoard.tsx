import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageContainer } from '../../ui/PageContainer';
import { pathFromIdQuery } from '../../ui/pathFromIdQuery';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { ApprovalDrawer } from './ApprovalDrawer';
import { ApprovalTable } from './ApprovalTable';
import { APPROVAL_TABS, approvalTabFilters, parseApprovalTab, type ApprovalTab } from './approvalTabs';
import { useApprovals } from './useApprovals';

/** The newest requests of a tab (the list has no paging of its own). */
const LIMIT = 200;

/**
 * Approvals: "to decide" (pending steps for the caller's role and zone, delegated to them,
 * or escalated to directors) and "submitted by me" (`?tab=`), with the request in the
 * address (`/approvals/:id`, where notifications link) open in a drawer.
 */
export function ApprovalBoard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const mayDecide = me?.user.role === 'admin' || can(me, 'approval', 'approve');
  const tab = parseApprovalTab(params.get('tab'), mayDecide);
  const list = useApprovals(approvalTabFilters(tab, LIMIT));
  // The "to decide" count stays on its tab whichever tab is open.
  const decideCount = useApprovals(approvalTabFilters('decide', LIMIT), tab !== 'decide');
  const waiting = (tab === 'decide' ? list.data : decideCount.data)?.items.length;
  const search = params.toString() ? `?${params.toString()}` : '';

  // Notifications link to /approvals?id=…: open that request in the drawer.
  const fromQuery = pathFromIdQuery('/approvals', params);
  useEffect(() => {
    if (fromQuery) void navigate(fromQuery, { replace: true });
  }, [fromQuery, navigate]);

  const handleTab = (next: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('tab', next);
        return out;
      },
      { replace: true },
    );

  return (
    <PageContainer
      title={t('menu.approvals')}
      subtitle={t('approvals.subtitle')}
      testId="approvals-page"
      extra={<Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />}
    >
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={handleTab}
          items={APPROVAL_TABS.map((key: ApprovalTab) => ({
            key,
            label: (
              <span data-testid={`approvals-tab-${key}`}>
                {t(`approvals.tabs.${key}`)}
                {key === 'decide' && waiting ? <Badge count={waiting} size="small" overflowCount={99} className="forecast-tabs__badge" /> : null}
              </span>
            ),
          }))}
        />
        {list.error && !list.data ? (
          <Alert
            type="error"
            showIcon
            title={t('approvals.loadFailed')}
            description={isApiError(list.error) ? describeApiError(list.error, t) : undefined}
            action={
              <Button size="small" icon={<ReloadOutlined />} onClick={() => void list.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : (
          <ApprovalTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            selectedId={id}
            onSelect={(approvalId) => void navigate(`/approvals/${approvalId}${search}`)}
            emptyText={t(`approvals.empty.${tab}`)}
          />
        )}
      </Card>
      <ApprovalDrawer id={id} onClose={() => void navigate(`/approvals${search}`)} />
    </PageContainer>
  );
}
