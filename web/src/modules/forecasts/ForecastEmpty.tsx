import { LineChartOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Before the first run: what the page will show, and the run button (or who to ask). */
export function ForecastEmpty({ action }: { action: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="forecast-empty">
      <div className="forecast-empty">
        <span className="forecast-empty__icon">
          <LineChartOutlined />
        </span>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('forecasts.empty.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="forecast-empty__text">
          {t('forecasts.empty.description')}
        </Typography.Paragraph>
        {action ?? <Typography.Text type="secondary">{t('forecasts.empty.askDirector')}</Typography.Text>}
      </div>
    </Card>
  );
}
