import { AlertOutlined, ReloadOutlined, SlidersOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageContainer } from '../../ui/PageContainer';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { ALERT_TABS, countAlerts, filterAlerts, parseAlertTab, type AlertTab } from './alertFilters';
import { ForecastAlertDrawer } from './ForecastAlertDrawer';
import { ForecastAlertTable } from './ForecastAlertTable';
import { ForecastEmpty } from './ForecastEmpty';
import { ForecastTabs } from './ForecastTabs';
import { useForecastAlerts } from './useForecastAlerts';

/**
 * The band alerts: a status filter with counts (`?status=`), the list, and the alert in
 * the address (`/forecasts/alerts/:id`, where notifications link) open in a drawer.
 */
export function ForecastAlertBoard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = parseAlertTab(params.get('status'));
  const alerts = useForecastAlerts();
  const items = alerts.data?.items ?? [];
  const counts = countAlerts(items);
  const search = params.toString() ? `?${params.toString()}` : '';

  const handleTab = (next: AlertTab) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === 'open') out.delete('status');
        else out.set('status', next);
        return out;
      },
      { replace: true },
    );

  let body;
  if (alerts.error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('forecasts.alerts.loadFailed')}
        description={isApiError(alerts.error) ? describeApiError(alerts.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void alerts.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (alerts.isLoading) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (items.length === 0) {
    body = (
      <ForecastEmpty
        testId="forecast-alerts-empty"
        icon={<AlertOutlined />}
        title={t('forecasts.alerts.empty.title')}
        description={t('forecasts.alerts.empty.description')}
        action={
          <Button icon={<SlidersOutlined />} onClick={() => void navigate('/forecasts/settings')} data-testid="alerts-empty-settings">
            {t('forecasts.alerts.empty.settings')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <Card styles={{ body: { paddingTop: 16 } }}>
        <Segmented<AlertTab>
          value={tab}
          onChange={handleTab}
          className="alert-tabs"
          options={ALERT_TABS.map((key) => ({
            value: key,
            label: (
              <span data-testid={`alert-tab-${key}`}>
                {t(`forecasts.alerts.tabs.${key}`)}
                <span className={`alert-tabs__count num${key === 'open' && counts.open > 0 ? ' alert-tabs__count--open' : ''}`}>
                  {counts[key]}
                </span>
              </span>
            ),
          }))}
        />
        <ForecastAlertTable
          alerts={filterAlerts(items, tab)}
          selectedId={id}
          onSelect={(alertId) => void navigate(`/forecasts/alerts/${alertId}${search}`)}
          loading={alerts.isFetching && !alerts.isLoading}
        />
      </Card>
    );
  }

  return (
    <PageContainer title={t('menu.forecasts')} subtitle={t('forecasts.alerts.subtitle')} testId="forecast-alerts-page">
      <ForecastTabs active="alerts" />
      {body}
      <ForecastAlertDrawer id={id} onClose={() => void navigate(`/forecasts/alerts${search}`)} />
    </PageContainer>
  );
}
