import { LineChartOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ForecastEmptyProps = {
  /** What to do next (a button, or who to ask). */
  action?: ReactNode;
  /** Another section's empty state (alerts, accuracy); by default "no forecast yet". */
  icon?: ReactNode;
  title?: string;
  description?: ReactNode;
  testId?: string;
};

/** Before there is anything to show: what the page will show, and the way there. */
export function ForecastEmpty({ action, icon, title, description, testId = 'forecast-empty' }: ForecastEmptyProps) {
  const { t } = useTranslation();
  return (
    <Card data-testid={testId}>
      <div className="forecast-empty">
        <span className="forecast-empty__icon">{icon ?? <LineChartOutlined />}</span>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title ?? t('forecasts.empty.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="forecast-empty__text">
          {description ?? t('forecasts.empty.description')}
        </Typography.Paragraph>
        {action}
      </div>
    </Card>
  );
}
