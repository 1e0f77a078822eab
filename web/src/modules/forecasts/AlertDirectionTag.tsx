import { FallOutlined, RiseOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AlertDirection } from './types';

/** "Above forecast" in orange, "below forecast" in red. */
export function AlertDirectionTag({ direction }: { direction: AlertDirection }) {
  const { t } = useTranslation();
  const above = direction === 'above';
  return (
    <Tag
      color={above ? 'orange' : 'red'}
      icon={above ? <RiseOutlined /> : <FallOutlined />}
      data-testid="alert-direction"
      data-direction={direction}
    >
      {t(`forecasts.alerts.directions.${direction}`)}
    </Tag>
  );
}
