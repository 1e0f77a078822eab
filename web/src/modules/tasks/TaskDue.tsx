import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { isTaskFinished } from './taskFilters';
import type { Task } from './types';

/** When the task is due, with a red "overdue" tag while it is late and not finished. */
export function TaskDue({ task }: { task: Pick<Task, 'due_at' | 'overdue' | 'status'> }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!task.due_at) return <Typography.Text type="secondary">—</Typography.Text>;
  const late = task.overdue && !isTaskFinished(task.status);
  return (
    <span className="task-due">
      <span className={`num nowrap${late ? ' task-due--late' : ''}`}>{formatDateTime(task.due_at)}</span>
      {late ? (
        <Tag color="red" className="task-due__tag" data-testid="task-overdue">
          {t('tasks.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}
