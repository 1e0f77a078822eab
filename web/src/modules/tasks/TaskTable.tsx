import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { TaskDue } from './TaskDue';
import { TaskOwner } from './TaskOwner';
import { TaskRecordLink } from './TaskRecordLink';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskTypeTag } from './TaskTypeTag';
import type { Task } from './types';

type TaskTableProps = {
  items: Task[];
  total: number;
  loading: boolean;
  offset: number;
  limit: number;
  onPage: (offset: number, limit: number) => void;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
};

/** Tasks: kind, title, the record, who has it, when it is due and its status; a click opens one. */
export function TaskTable({ items, total, loading, offset, limit, onPage, selectedId, onSelect }: TaskTableProps) {
  const { t } = useTranslation();

  const columns: ColumnsType<Task> = [
    { title: t('tasks.columns.type'), dataIndex: 'type', width: 120, render: (type: string) => <TaskTypeTag type={type} /> },
    {
      title: t('tasks.columns.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, task) => (
        <Typography.Text strong={task.id === selectedId} ellipsis={{ tooltip: title }} data-testid="task-title">
          {title}
        </Typography.Text>
      ),
    },
    { title: t('tasks.columns.record'), key: 'record', width: 200, ellipsis: true, render: (_, task) => <TaskRecordLink task={task} /> },
    { title: t('tasks.columns.owner'), key: 'owner', width: 150, render: (_, task) => <TaskOwner task={task} /> },
    { title: t('tasks.columns.due'), key: 'due', width: 220, render: (_, task) => <TaskDue task={task} /> },
    { title: t('tasks.columns.status'), dataIndex: 'status', width: 100, render: (status: string) => <TaskStatusTag status={status} /> },
  ];

  return (
    <Table<Task>
      data-testid="tasks-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 980 }}
      rowClassName={(task) => `clickable-row${task.id === selectedId ? ' forecast-table__row--selected' : ''}`}
      onRow={(task) => ({ onClick: () => onSelect(task.id) })}
      locale={{ emptyText: <Typography.Text type="secondary">{t('tasks.empty')}</Typography.Text> }}
      onChange={(pagination) => {
        const size = pagination.pageSize ?? limit;
        onPage(((pagination.current ?? 1) - 1) * size, size);
      }}
      pagination={{
        current: Math.floor(offset / limit) + 1,
        pageSize: limit,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => <span data-testid="tasks-total">{t('common.total', { count: n })}</span>,
      }}
    />
  );
}
