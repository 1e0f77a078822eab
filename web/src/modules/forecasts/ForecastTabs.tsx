import { AimOutlined, AlertOutlined, DatabaseOutlined, LineChartOutlined, SlidersOutlined } from '@ant-design/icons';
import { Badge, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { countAlerts } from './alertFilters';
import { useForecastAlerts } from './useForecastAlerts';

export type ForecastTab = 'explorer' | 'alerts' | 'accuracy' | 'settings' | 'indicators';

const PATHS: Record<ForecastTab, string> = {
  explorer: '/forecasts',
  alerts: '/forecasts/alerts',
  accuracy: '/forecasts/accuracy',
  settings: '/forecasts/settings',
  indicators: '/forecasts/indicators',
};

/** The forecast section's pages under one menu entry; alerts carry the open count. */
export function ForecastTabs({ active }: { active: ForecastTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const canReadAlerts = me?.user.role === 'admin' || can(me, 'alert', 'read');
  const alerts = useForecastAlerts(canReadAlerts);
  const open = countAlerts(alerts.data?.items ?? []).open;

  const tab = (key: ForecastTab, icon: ReactNode, extra: ReactNode = null) => ({
    key,
    icon,
    label: (
      <span data-testid={`forecast-tab-${key}`}>
        {t(`forecasts.nav.${key}`)}
        {extra}
      </span>
    ),
  });
  const items = [
    tab('explorer', <LineChartOutlined />),
    ...(canReadAlerts
      ? [
          tab(
            'alerts',
            <AlertOutlined />,
            open > 0 ? <Badge count={open} size="small" overflowCount={99} className="forecast-tabs__badge" data-testid="forecast-alerts-badge" /> : null,
          ),
        ]
      : []),
    tab('accuracy', <AimOutlined />),
    ...(canReadAlerts ? [tab('settings', <SlidersOutlined />)] : []),
    tab('indicators', <DatabaseOutlined />),
  ];

  return (
    <Tabs
      className="forecast-tabs"
      activeKey={active}
      items={items}
      onChange={(key) => void navigate(PATHS[key as ForecastTab])}
      data-testid="forecast-tabs"
    />
  );
}
