import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRunStatus } from './types';

const LOOK: Record<ForecastRunStatus, { color: string; icon: ReactNode }> = {
  running: { color: 'processing', icon: <SyncOutlined spin /> },
  succeeded: { color: 'success', icon: <CheckCircleOutlined /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
  blocked: { color: 'warning', icon: <ExclamationCircleOutlined /> },
};

/** A run's status as a coloured tag. */
export function ForecastRunStatusTag({ status }: { status: ForecastRunStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status] ?? { color: 'default', icon: null };
  return (
    <Tag color={look.color} icon={look.icon} data-testid="forecast-run-status" data-status={status}>
      {t(`forecasts.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
