import { Card, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ChartCardProps = {
  title: ReactNode;
  loading: boolean;
  empty: boolean;
  height: number;
  extra?: ReactNode;
  testId?: string;
  children: ReactNode;
};

/** A dashboard card that holds its height while loading or empty, so nothing jumps. */
export function ChartCard({ title, loading, empty, height, extra, testId, children }: ChartCardProps) {
  const { t } = useTranslation();
  let body: ReactNode = children;
  if (loading) body = <Skeleton active paragraph={{ rows: Math.max(3, Math.round(height / 48)) }} />;
  else if (empty) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sales.noData')} />;
  return (
    <Card title={title} extra={extra} className="chart-card" data-testid={testId}>
      <div className="chart-card__body" style={{ minHeight: height }}>
        {body}
      </div>
    </Card>
  );
}
