import { ArrowDownOutlined, ArrowUpOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

type KpiCardProps = {
  title: string;
  /** What the number means, behind a "?" after the title. */
  help?: ReactNode;
  value: ReactNode;
  icon?: ReactNode;
  /** Percent change against the comparison period; null shows "—". Omit for no comparison. */
  change?: number | null;
  /** What the change compares with ("vs last month"). */
  changeLabel?: string;
  footer?: ReactNode;
  loading?: boolean;
  testId?: string;
};

/** One headline number with an optional up/down change against a previous period. */
export function KpiCard({ title, help, value, icon, change, changeLabel, footer, loading = false, testId }: KpiCardProps) {
  const up = change !== null && change !== undefined && change > 0;
  const down = change !== null && change !== undefined && change < 0;
  return (
    <Card className="kpi-card" data-testid={testId} styles={{ body: { padding: '18px 20px' } }}>
      <Flex justify="space-between" align="flex-start" gap={12}>
        <Typography.Text type="secondary" className="kpi-card__title">
          {title}
          {help ? (
            <Tooltip title={help}>
              <QuestionCircleOutlined className="kpi-card__help" aria-label={typeof help === 'string' ? help : undefined} />
            </Tooltip>
          ) : null}
        </Typography.Text>
        {icon ? <span className="kpi-card__icon">{icon}</span> : null}
      </Flex>
      {loading ? (
        <Skeleton active title={{ width: '70%' }} paragraph={{ rows: 1, width: '50%' }} style={{ marginTop: 8 }} />
      ) : (
        <>
          <div className="kpi-card__value num">{value}</div>
          <div className="kpi-card__footer">
            {change !== undefined ? (
              <span className={`kpi-card__change ${up ? 'kpi-card__change--up' : ''} ${down ? 'kpi-card__change--down' : ''}`}>
                {up ? <ArrowUpOutlined /> : null}
                {down ? <ArrowDownOutlined /> : null}
                <span className="num">{change === null ? '—' : `${Math.abs(change).toFixed(1)}%`}</span>
              </span>
            ) : null}
            {changeLabel ? <Typography.Text type="secondary">{changeLabel}</Typography.Text> : null}
            {footer}
          </div>
        </>
      )}
    </Card>
  );
}
