import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { DepartmentMetricsRow } from './taskMetrics';

/** Per department: open and overdue now, done over the period and the average handling time. */
export function TaskMetricsTable({ rows, formatHours }: { rows: DepartmentMetricsRow[]; formatHours: (hours: number) => string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const count = (n: number) => <span className="num">{number.format(n)}</span>;
  const columns: ColumnsType<DepartmentMetricsRow> = [
    {
      title: t('tasks.columns.department'),
      dataIndex: 'department',
      render: (d: string) => t(`tasks.departments.${d}`, { defaultValue: d }),
    },
    { title: t('tasks.metrics.open'), dataIndex: 'open', align: 'right', width: 110, render: count },
    {
      title: t('tasks.metrics.overdue'),
      dataIndex: 'overdue',
      align: 'right',
      width: 110,
      render: (n: number) => <span className={`num${n > 0 ? ' task-due--late' : ''}`}>{number.format(n)}</span>,
    },
    { title: t('tasks.metrics.handled'), dataIndex: 'handled', align: 'right', width: 130, render: count },
    {
      title: t('tasks.metrics.avgHours'),
      dataIndex: 'avgHours',
      align: 'right',
      width: 150,
      render: (h: number | null) => (h === null ? <Typography.Text type="secondary">—</Typography.Text> : <span className="num">{formatHours(h)}</span>),
    },
  ];
  return <Table<DepartmentMetricsRow> rowKey="department" size="small" columns={columns} dataSource={rows} pagination={false} data-testid="task-metrics-table" />;
}
