import { CheckCircleOutlined, EyeOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertStatus } from './types';

const LOOK: Record<AlertStatus, { color: string; icon: ReactNode }> = {
  open: { color: 'processing', icon: <ExclamationCircleOutlined /> },
  acknowledged: { color: 'cyan', icon: <EyeOutlined /> },
  resolved: { color: 'success', icon: <CheckCircleOutlined /> },
};

/** An alert's status as a coloured tag (blue, cyan, green: apart from the direction's orange and red). */
export function AlertStatusTag({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status] ?? { color: 'default', icon: null };
  return (
    <Tag color={look.color} icon={look.icon} data-testid="alert-status" data-status={status}>
      {t(`forecasts.alerts.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
