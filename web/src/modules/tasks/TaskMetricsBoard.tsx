import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../ui/EChart';
import { PageContainer } from '../../ui/PageContainer';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { handlingTime } from './handlingTime';
import { metricsChartOption, metricsRows, parseIsoWeek } from './taskMetrics';
import { TaskMetricsTable } from './TaskMetricsTable';
import { TaskTabs } from './TaskTabs';
import { useTaskMetrics } from './useTaskMetrics';

const WEEKS = 12;

/** How long each department takes over cross-department tasks (created → done), week by week, and what is open now. */
export function TaskMetricsBoard() {
  const { t, i18n } = useTranslation();
  const metrics = useTaskMetrics(WEEKS);
  const hours = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }), [i18n.language]);
  const formatHours = useMemo(
    () => (h: number) => {
      const time = handlingTime(h);
      if (time.unit === 'underMinute') return t('tasks.metrics.underMinute');
      return t(`tasks.metrics.${time.unit}`, { value: hours.format(time.value) });
    },
    [hours, t],
  );
  const option = useMemo(
    () =>
      metrics.data
        ? metricsChartOption({
            metrics: metrics.data,
            departmentLabel: (d) => t(`tasks.departments.${d}`, { defaultValue: d }),
            weekLabel: (w) => {
              const week = parseIsoWeek(w);
              return week ? t('tasks.metrics.week', { week: String(week.week) }) : w;
            },
            formatHours,
            formatHandled: (n) => t('tasks.metrics.handledCount', { count: n }),
          })
        : null,
    [metrics.data, t, formatHours],
  );

  let body;
  if (metrics.error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('tasks.metrics.loadFailed')}
        description={isApiError(metrics.error) ? describeApiError(metrics.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void metrics.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!metrics.data || !option) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (metrics.data.departments.length === 0) {
    body = (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.metrics.empty')} />
      </Card>
    );
  } else {
    body = (
      <>
        <Card title={t('tasks.metrics.chartTitle', { count: WEEKS })} extra={<span className="chart-card__note">{t('tasks.metrics.chartNote')}</span>}>
          <EChart option={option} height={320} testId="task-metrics-chart" label={t('tasks.metrics.chartTitle', { count: WEEKS })} />
        </Card>
        <Card title={t('tasks.metrics.tableTitle')} style={{ marginTop: 16 }}>
          {/* An average of tasks that were done is never really 0: the server rounds a few seconds down. */}
          <TaskMetricsTable rows={metricsRows(metrics.data)} formatHours={(h) => (h > 0 ? formatHours(h) : t('tasks.metrics.underMinute'))} />
        </Card>
      </>
    );
  }

  return (
    <PageContainer title={t('menu.tasks')} subtitle={t('tasks.metrics.subtitle')} testId="task-metrics-page">
      <TaskTabs active="metrics" />
      {body}
    </PageContainer>
  );
}
